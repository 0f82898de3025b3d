package org.lsdcfx.analysis.loop;

import java.util.ArrayList;
import java.util.List;

/**
 * Dark-object segmentation: how much darker than the background each pixel is (3 × 3 mean, which takes the edge off
 * pixel noise), a threshold from the contrast floor and the measured noise, and 8-connected components of the dark
 * pixels. Immutable once built.
 */
final class DarkRegions {
    private final int width;
    private final int height;
    private final int[] labels; // 0 = background, else component index + 1
    private final List<Component> components;
    private final double threshold;
    private final double noiseSigma;

    /** One connected dark object: pixel count, bounding box (inclusive) and the image edges it touches. */
    record Component(int label, int area, int minX, int minY, int maxX, int maxY, int leftEdgePx, int rightEdgePx,
                     boolean touchesTop, boolean touchesBottom) {
    }

    private DarkRegions(int width, int height, int[] labels, List<Component> components, double threshold,
                        double noiseSigma) {
        this.width = width;
        this.height = height;
        this.labels = labels;
        this.components = components;
        this.threshold = threshold;
        this.noiseSigma = noiseSigma;
    }

    static DarkRegions segment(GreyImage img, float[] background, LoopFinderParams p) {
        int w = img.width();
        int h = img.height();
        float[] diff = new float[w * h];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = background[i] - (img.pixels()[i] & 0xff);
        }
        float[] smooth = boxMean3(diff, w, h);
        // The 75th-percentile background sits a little above the mean grey: measure that offset and the spread
        // around it (median absolute deviation) on the pixels, most of which are background.
        double[] sample = sample(smooth);
        double offset = BackgroundModel.median(sample);
        for (int i = 0; i < sample.length; i++) {
            sample[i] = Math.abs(sample[i] - offset);
        }
        double sigma = 1.4826 * BackgroundModel.median(sample);
        double t = Math.max(p.minContrast(), p.noiseSigmas() * sigma) + offset;
        int[] labels = new int[w * h];
        List<Component> comps = new ArrayList<>();
        int[] stack = new int[w * h];
        for (int start = 0; start < labels.length; start++) {
            if (labels[start] != 0 || smooth[start] < t) {
                continue;
            }
            int label = comps.size() + 1;
            int top = 0;
            stack[top++] = start;
            labels[start] = label;
            int area = 0;
            int minX = w;
            int minY = h;
            int maxX = -1;
            int maxY = -1;
            int left = 0;
            int right = 0;
            while (top > 0) {
                int i = stack[--top];
                int x = i % w;
                int y = i / w;
                area++;
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
                left += x == 0 ? 1 : 0;
                right += x == w - 1 ? 1 : 0;
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int j = ny * w + nx;
                        if (nx >= 0 && nx < w && labels[j] == 0 && smooth[j] >= t) {
                            labels[j] = label;
                            stack[top++] = j;
                        }
                    }
                }
            }
            comps.add(new Component(label, area, minX, minY, maxX, maxY, left, right, minY == 0, maxY == h - 1));
        }
        return new DarkRegions(w, h, labels, List.copyOf(comps), t, sigma);
    }

    private static float[] boxMean3(float[] v, int w, int h) {
        float[] out = new float[v.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float s = 0;
                int n = 0;
                for (int dy = Math.max(0, y - 1); dy <= Math.min(h - 1, y + 1); dy++) {
                    for (int dx = Math.max(0, x - 1); dx <= Math.min(w - 1, x + 1); dx++) {
                        s += v[dy * w + dx];
                        n++;
                    }
                }
                out[y * w + x] = s / n;
            }
        }
        return out;
    }

    /** Up to ~20 000 evenly spaced pixels: enough for a robust noise estimate. */
    private static double[] sample(float[] v) {
        int step = Math.max(1, v.length / 20_000);
        double[] s = new double[(v.length + step - 1) / step];
        for (int i = 0, k = 0; i < v.length; i += step, k++) {
            s[k] = v[i];
        }
        return s;
    }

    List<Component> components() {
        return components;
    }

    boolean in(int label, int x, int y) {
        return labels[y * width + x] == label;
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    double threshold() {
        return threshold;
    }

    double noiseSigma() {
        return noiseSigma;
    }
}
