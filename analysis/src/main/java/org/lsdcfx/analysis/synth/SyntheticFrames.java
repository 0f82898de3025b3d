package org.lsdcfx.analysis.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.PixelMask;

/**
 * Draws detector frames like those of a raster cell: Bragg spots of the crystals the beam hits, on a background
 * falling with radius, optional ice rings, Poisson noise, module gaps ({@link Frame#BAD_PIXEL} and masked) and a
 * masked beamstop shadow. Returns the frame with the list of spots drawn, the ground truth for testing spot finders.
 *
 * <p>The output depends only on the geometry, the parameters, the hits and the seed. Immutable and thread-safe;
 * generating a frame runs on the calling thread.
 */
public final class SyntheticFrames {

    /** Spots are placed at least this many σ away from masked pixels and detector edges. */
    private static final double CLEARANCE_SIGMAS = 3;
    /** Spot profiles are drawn out to this many σ. */
    private static final double DRAW_SIGMAS = 4;
    /** Attempts to place one spot before giving up on it (crowded or mostly masked detectors). */
    private static final int PLACEMENT_TRIES = 50;
    /** The beamstop lets this fraction of the background through. */
    private static final double BEAMSTOP_TRANSMISSION = 0.02;

    private final DetectorGeometry geometry;
    private final SynthParams params;
    private final PixelMask mask;
    private final double[] iceRadiiPx;

    public SyntheticFrames(DetectorGeometry geometry, SynthParams params) {
        if (geometry == null || params == null) {
            throw new IllegalArgumentException("geometry and parameters are required");
        }
        this.geometry = geometry;
        this.params = params;
        PixelMask.Builder b = geometry.gapMask().toBuilder();
        if (params.beamstopRadiusPx() > 0) {
            b.setDisc(geometry.beamCentreXPx(), geometry.beamCentreYPx(), params.beamstopRadiusPx());
        }
        this.mask = b.build();
        this.iceRadiiPx = params.ice().ringsA().stream()
                .mapToDouble(geometry::radiusPxForD).filter(r -> !Double.isNaN(r)).toArray();
    }

    public DetectorGeometry geometry() {
        return geometry;
    }

    public SynthParams params() {
        return params;
    }

    /** Module gaps and the beamstop shadow: the mask every generated frame carries. */
    public PixelMask mask() {
        return mask;
    }

    /** A frame with background, noise and ice only. */
    public SyntheticFrame blank(long seed) {
        return generate(List.of(), seed);
    }

    /** A frame for a cell where the beam hits {@code hits}, drawn with random seed {@code seed}. */
    public SyntheticFrame generate(List<CrystalHit> hits, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<TrueSpot> spots = new ArrayList<>();
        for (CrystalHit hit : hits) {
            placeBraggSpots(hit, rng, spots);
        }
        if (params.ice().spotsPerRing() > 0) {
            placeIceSpots(rng, spots);
        }
        char[] px = new char[geometry.pixelCount()];
        drawBackground(px, rng);
        for (TrueSpot s : spots) {
            drawSpot(px, s, rng);
        }
        return new SyntheticFrame(new Frame(geometry, px, mask, params.overload()), spots);
    }

    private void placeBraggSpots(CrystalHit hit, SplittableRandom rng, List<TrueSpot> spots) {
        SynthParams.Bragg b = params.bragg();
        double w = hit.weight();
        int n = PoissonSampler.sample(rng, w * b.spotsAtFullCrystal());
        double sLow = 1 / b.lowResolutionA();
        double sHigh = 1 / b.highResolutionA();
        for (int i = 0; i < n; i++) {
            for (int attempt = 0; attempt < PLACEMENT_TRIES; attempt++) {
                double dStar = sampleDStar(rng, sLow, sHigh, b.wilsonB());
                double radius = geometry.radiusPxForD(1 / dStar);
                double sigma = b.sigmaMinPx() + rng.nextDouble() * (b.sigmaMaxPx() - b.sigmaMinPx());
                double[] xy = onCircle(radius, rng);
                if (xy != null && placeable(xy[0], xy[1], sigma, spots, b.minSeparationPx())) {
                    double photons = w * b.photonsPerSpot() * Math.exp(-b.wilsonB() / 4 * dStar * dStar)
                            * Math.max(b.intensityFloor(), -Math.log(1 - rng.nextDouble()));
                    spots.add(new TrueSpot(xy[0], xy[1], sigma, photons, geometry.dSpacing(xy[0], xy[1]), false));
                    break;
                }
            }
        }
    }

    /** d* from density ∝ d*² on [sLow, sHigh] (uniform in reciprocal volume), thinned by exp(−B/2 · d*²). */
    private static double sampleDStar(SplittableRandom rng, double sLow, double sHigh, double wilsonB) {
        double lo3 = sLow * sLow * sLow;
        double hi3 = sHigh * sHigh * sHigh;
        double s = sHigh;
        for (int i = 0; i < 1000; i++) {
            s = Math.cbrt(lo3 + rng.nextDouble() * (hi3 - lo3));
            if (rng.nextDouble() < Math.exp(-wilsonB / 2 * (s * s - sLow * sLow))) {
                return s;
            }
        }
        return s;
    }

    private void placeIceSpots(SplittableRandom rng, List<TrueSpot> spots) {
        SynthParams.Ice ice = params.ice();
        for (double ringRadius : iceRadiiPx) {
            for (int i = 0; i < ice.spotsPerRing(); i++) {
                for (int attempt = 0; attempt < PLACEMENT_TRIES; attempt++) {
                    double sigma = 1.0 + 0.5 * rng.nextDouble();
                    double[] xy = onCircle(ringRadius + 0.5 * rng.nextGaussian(), rng);
                    if (xy != null && placeable(xy[0], xy[1], sigma, spots, params.bragg().minSeparationPx())) {
                        spots.add(new TrueSpot(xy[0], xy[1], sigma, ice.photonsPerSpot(),
                                geometry.dSpacing(xy[0], xy[1]), true));
                        break;
                    }
                }
            }
        }
    }

    /** A random point at {@code radius} px from the beam centre, or null when it misses the detector. */
    private double[] onCircle(double radius, SplittableRandom rng) {
        if (Double.isNaN(radius)) {
            return null;
        }
        double phi = rng.nextDouble() * 2 * Math.PI;
        double x = geometry.beamCentreXPx() + radius * Math.cos(phi);
        double y = geometry.beamCentreYPx() + radius * Math.sin(phi);
        return x >= 0 && y >= 0 && x < geometry.nx() && y < geometry.ny() ? new double[] {x, y} : null;
    }

    /** Clear of edges, masked pixels (gaps, beamstop) and other spots. */
    private boolean placeable(double x, double y, double sigma, List<TrueSpot> spots, double minSeparation) {
        double clear = CLEARANCE_SIGMAS * sigma + 1;
        int x0 = (int) Math.floor(x - clear);
        int x1 = (int) Math.floor(x + clear);
        int y0 = (int) Math.floor(y - clear);
        int y1 = (int) Math.floor(y + clear);
        if (x0 < 0 || y0 < 0 || x1 >= geometry.nx() || y1 >= geometry.ny()) {
            return false;
        }
        for (int j = y0; j <= y1; j++) {
            for (int i = x0; i <= x1; i++) {
                if (mask.isMasked(i, j)) {
                    return false;
                }
            }
        }
        for (TrueSpot s : spots) {
            if (Math.hypot(s.x() - x, s.y() - y) < minSeparation) {
                return false;
            }
        }
        return true;
    }

    private void drawBackground(char[] px, SplittableRandom rng) {
        int nx = geometry.nx();
        int ny = geometry.ny();
        double bx = geometry.beamCentreXPx();
        double by = geometry.beamCentreYPx();
        double bs2 = params.beamstopRadiusPx() * params.beamstopRadiusPx();
        int overload = params.overload();
        SynthParams.Ice ice = params.ice();
        double iceReach = 5 * ice.widthPx();
        double iceDenominator = 2 * ice.widthPx() * ice.widthPx();
        for (int y = 0; y < ny; y++) {
            double dy = y + 0.5 - by;
            boolean gapRow = geometry.modules().isGapRow(y);
            for (int x = 0; x < nx; x++) {
                int i = y * nx + x;
                if (gapRow || geometry.modules().isGapColumn(x)) {
                    px[i] = Frame.BAD_PIXEL;
                    continue;
                }
                double dx = x + 0.5 - bx;
                double r2 = dx * dx + dy * dy;
                double r = Math.sqrt(r2);
                double expected = params.background().at(r);
                if (ice.ringCounts() > 0) {
                    for (double ringR : iceRadiiPx) {
                        double dr = r - ringR;
                        if (Math.abs(dr) < iceReach) {
                            expected += ice.ringCounts() * Math.exp(-dr * dr / iceDenominator);
                        }
                    }
                }
                if (r2 <= bs2) {
                    expected *= BEAMSTOP_TRANSMISSION;
                }
                px[i] = (char) Math.min(overload, PoissonSampler.sample(rng, expected));
            }
        }
    }

    /** Adds a pixel-integrated 2-D Gaussian with Poisson noise (a sum of Poisson counts is Poisson). */
    private void drawSpot(char[] px, TrueSpot s, SplittableRandom rng) {
        int nx = geometry.nx();
        int overload = params.overload();
        double reach = DRAW_SIGMAS * s.sigmaPx();
        int x0 = Math.max(0, (int) Math.floor(s.x() - reach));
        int x1 = Math.min(nx - 1, (int) Math.floor(s.x() + reach));
        int y0 = Math.max(0, (int) Math.floor(s.y() - reach));
        int y1 = Math.min(geometry.ny() - 1, (int) Math.floor(s.y() + reach));
        double[] fx = pixelFractions(x0, x1, s.x(), s.sigmaPx());
        double[] fy = pixelFractions(y0, y1, s.y(), s.sigmaPx());
        for (int j = y0; j <= y1; j++) {
            for (int i = x0; i <= x1; i++) {
                int k = j * nx + i;
                if (px[k] == Frame.BAD_PIXEL) {
                    continue;
                }
                int add = PoissonSampler.sample(rng, s.photons() * fx[i - x0] * fy[j - y0]);
                px[k] = (char) Math.min(overload, px[k] + add);
            }
        }
    }

    /** Fraction of a unit Gaussian (centre c, width σ) falling in each pixel p in [from, to], pixel p = [p, p+1). */
    private static double[] pixelFractions(int from, int to, double c, double sigma) {
        double[] f = new double[to - from + 1];
        double prev = PoissonSampler.normalCdf((from - c) / sigma);
        for (int p = from; p <= to; p++) {
            double next = PoissonSampler.normalCdf((p + 1 - c) / sigma);
            f[p - from] = next - prev;
            prev = next;
        }
        return f;
    }
}
