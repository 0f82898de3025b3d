package org.lsdcfx.analysis.spots;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The incremental box sums must classify exactly like a direct loop over each pixel's kernel. */
class DispersionThresholdTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 5})
    void incrementalSumsMatchADirectKernelLoop(int halfSize) {
        int w = 61;
        int h = 47;
        DetectorGeometry g = new DetectorGeometry(w, h, 0.075, 100, 30, 20, 1.0, ModuleLayout.NONE);
        SplittableRandom rng = new SplittableRandom(halfSize);
        char[] px = new char[w * h];
        PixelMask.Builder mask = PixelMask.builder(w, h);
        for (int i = 0; i < px.length; i++) {
            px[i] = (char) rng.nextInt(6);
        }
        for (int n = 0; n < 40; n++) { // bright blobs, some touching the edges
            int cx = rng.nextInt(w);
            int cy = rng.nextInt(h);
            for (int y = Math.max(0, cy - 1); y <= Math.min(h - 1, cy + 1); y++) {
                for (int x = Math.max(0, cx - 1); x <= Math.min(w - 1, cx + 1); x++) {
                    px[y * w + x] += (char) (20 + rng.nextInt(200));
                }
            }
        }
        for (int n = 0; n < 60; n++) {
            mask.set(rng.nextInt(w), rng.nextInt(h));
        }
        for (int n = 0; n < 10; n++) {
            px[rng.nextInt(px.length)] = Frame.BAD_PIXEL;
            px[rng.nextInt(px.length)] = 400; // overloaded
        }
        Frame frame = new Frame(g, px, mask.build(), 400);
        SpotFinderParams params = SpotFinderParams.defaults().withKernelHalfSize(halfSize).withSigmas(3, 2);

        BitSet fast = new DispersionThreshold(params).apply(frame).strongMap();
        BitSet direct = direct(frame, params);
        assertTrue(direct.cardinality() > 50, "enough strong pixels to compare: " + direct.cardinality());
        assertEquals(direct, fast);
    }

    /** DIALS' formulas evaluated with an explicit loop over the kernel. */
    private static BitSet direct(Frame f, SpotFinderParams p) {
        int k = p.kernelHalfSize();
        BitSet strong = new BitSet();
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                int v = f.value(x, y);
                if (f.isBad(x, y) || v <= p.globalThreshold()) {
                    continue;
                }
                if (v >= f.overload()) {
                    strong.set(y * f.width() + x);
                    continue;
                }
                long m = 0;
                long sx = 0;
                long sy = 0;
                for (int j = Math.max(0, y - k); j <= Math.min(f.height() - 1, y + k); j++) {
                    for (int i = Math.max(0, x - k); i <= Math.min(f.width() - 1, x + k); i++) {
                        int u = f.value(i, j);
                        if (!f.isBad(i, j) && u < f.overload()) {
                            m++;
                            sx += u;
                            sy += (long) u * u;
                        }
                    }
                }
                if (m < p.minLocal()) {
                    continue;
                }
                double mean = (double) sx / m;
                double variance = ((double) m * sy - (double) sx * sx) / ((double) m * (m - 1));
                boolean dispersed = variance / mean > p.gain() * (1 + p.sigmaBackground() * Math.sqrt(2.0 / (m - 1)));
                boolean bright = v > mean + p.sigmaStrong() * Math.sqrt(p.gain() * mean);
                if (dispersed && bright) {
                    strong.set(y * f.width() + x);
                }
            }
        }
        return strong;
    }
}
