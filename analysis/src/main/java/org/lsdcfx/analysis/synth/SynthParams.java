package org.lsdcfx.analysis.synth;

import java.util.List;

/**
 * What {@link SyntheticFrames} draws. Counts are expected detector counts (gain 1) before Poisson noise; lengths on
 * the detector are in pixels, resolutions in Å. Immutable.
 *
 * @param background       diffuse scatter falling with radius
 * @param bragg            the crystal's spots
 * @param ice              ice rings (use {@link Ice#NONE} for none)
 * @param beamstopRadiusPx radius of the beamstop shadow around the beam centre; masked, and no spot falls in it
 * @param overload         counts at which pixels saturate (clipped to this value)
 */
public record SynthParams(Background background, Bragg bragg, Ice ice, double beamstopRadiusPx, int overload) {

    public SynthParams {
        if (background == null || bragg == null || ice == null) {
            throw new IllegalArgumentException("background, bragg and ice settings are required");
        }
        if (!(beamstopRadiusPx >= 0)) {
            throw new IllegalArgumentException("beamstop radius must be ≥ 0 px, got " + beamstopRadiusPx);
        }
        if (overload < 1 || overload > 0xFFFE) {
            throw new IllegalArgumentException("overload must be within 1..65534, got " + overload);
        }
    }

    /** A raster-like frame: low background, a few hundred spots to ~2 Å for a whole good crystal, no ice. */
    public static SynthParams defaults() {
        return new SynthParams(new Background(4, 0.5, 800), Bragg.defaults(), Ice.NONE, 30, 0xFFFE);
    }

    public SynthParams withBackground(Background b) {
        return new SynthParams(b, bragg, ice, beamstopRadiusPx, overload);
    }

    public SynthParams withBragg(Bragg b) {
        return new SynthParams(background, b, ice, beamstopRadiusPx, overload);
    }

    public SynthParams withIce(Ice i) {
        return new SynthParams(background, bragg, i, beamstopRadiusPx, overload);
    }

    public SynthParams withBeamstopRadius(double radiusPx) {
        return new SynthParams(background, bragg, ice, radiusPx, overload);
    }

    /**
     * Background b(r) = floor + peak / (1 + (r / scaleRadius)²) counts per pixel, r in pixels from the beam centre.
     */
    public record Background(double peakCounts, double floorCounts, double scaleRadiusPx) {
        public Background {
            if (!(peakCounts >= 0) || !(floorCounts >= 0) || !(scaleRadiusPx > 0)) {
                throw new IllegalArgumentException("background needs peak ≥ 0, floor ≥ 0, scale radius > 0, got "
                        + peakCounts + ", " + floorCounts + ", " + scaleRadiusPx);
            }
        }

        public double at(double radiusPx) {
            double q = radiusPx / scaleRadiusPx;
            return floorCounts + peakCounts / (1 + q * q);
        }
    }

    /**
     * Bragg spots of a crystal with weight w = fraction · strength: Poisson(w · spotsAtFullCrystal) spots, each a
     * pixel-integrated 2-D Gaussian of σ uniform in [sigmaMinPx, sigmaMaxPx] carrying
     * w · photonsPerSpot · exp(−B/4 · d*²) · max(intensityFloor, Exp(1)) counts. Resolutions are drawn between
     * lowResolutionA and highResolutionA with density ∝ d*² · exp(−B/2 · d*²) (reciprocal-space volume times a Wilson
     * fall-off), so spots crowd at low-to-mid resolution and thin out towards the limit. Spots are kept at least
     * minSeparationPx apart and clear of masked pixels by 3σ, so every drawn spot is findable in principle.
     */
    public record Bragg(double spotsAtFullCrystal, double photonsPerSpot, double wilsonB, double intensityFloor,
                        double sigmaMinPx, double sigmaMaxPx, double lowResolutionA, double highResolutionA,
                        double minSeparationPx) {
        public Bragg {
            if (!(spotsAtFullCrystal >= 0) || !(photonsPerSpot >= 0) || !(wilsonB >= 0)
                    || !(intensityFloor >= 0)) {
                throw new IllegalArgumentException("spot number, photons, B and intensity floor must be ≥ 0");
            }
            if (!(sigmaMinPx > 0) || !(sigmaMaxPx >= sigmaMinPx)) {
                throw new IllegalArgumentException("spot σ range must satisfy 0 < min ≤ max, got " + sigmaMinPx + ".." + sigmaMaxPx);
            }
            if (!(highResolutionA > 0) || !(lowResolutionA > highResolutionA)) {
                throw new IllegalArgumentException("resolution range must satisfy 0 < high < low (Å), got "
                        + lowResolutionA + ".." + highResolutionA);
            }
            if (!(minSeparationPx >= 0)) {
                throw new IllegalArgumentException("minimum spot separation must be ≥ 0, got " + minSeparationPx);
            }
        }

        /** 300 spots of ~600 counts, σ 1–3 px, 40 to 2 Å, B = 20 Å², at least 8 px apart. */
        public static Bragg defaults() {
            return new Bragg(300, 600, 20, 0.5, 1.0, 3.0, 40, 2.0, 8);
        }

        public Bragg withSpots(double atFullCrystal, double photons) {
            return new Bragg(atFullCrystal, photons, wilsonB, intensityFloor, sigmaMinPx, sigmaMaxPx,
                    lowResolutionA, highResolutionA, minSeparationPx);
        }

        public Bragg withResolution(double lowA, double highA) {
            return new Bragg(spotsAtFullCrystal, photonsPerSpot, wilsonB, intensityFloor, sigmaMinPx, sigmaMaxPx,
                    lowA, highA, minSeparationPx);
        }

        public Bragg withSigma(double minPx, double maxPx) {
            return new Bragg(spotsAtFullCrystal, photonsPerSpot, wilsonB, intensityFloor, minPx, maxPx,
                    lowResolutionA, highResolutionA, minSeparationPx);
        }
    }

    /**
     * Ice rings: a diffuse ring of ringCounts peak counts per pixel (Gaussian radial profile of widthPx), plus
     * spotsPerRing small ice-crystallite spots (σ 1–1.5 px, photonsPerSpot counts) on each ring at ringsA that
     * falls on the detector.
     */
    public record Ice(List<Double> ringsA, double ringCounts, double widthPx, int spotsPerRing, double photonsPerSpot) {

        /** No ice. */
        public static final Ice NONE = new Ice(List.of(), 0, 1.5, 0, 0);

        /** The five strongest hexagonal-ice rings. */
        public static final List<Double> STRONG_RINGS_A = List.of(3.90, 3.67, 3.44, 2.67, 2.25);

        public Ice {
            ringsA = List.copyOf(ringsA);
            if (!(ringCounts >= 0) || !(widthPx > 0) || spotsPerRing < 0 || !(photonsPerSpot >= 0)) {
                throw new IllegalArgumentException("ice needs counts ≥ 0, width > 0, spots ≥ 0, photons ≥ 0");
            }
        }

        /** The strong rings with the given diffuse level and crystallite spots. */
        public static Ice rings(double ringCounts, int spotsPerRing, double photonsPerSpot) {
            return new Ice(STRONG_RINGS_A, ringCounts, 1.5, spotsPerRing, photonsPerSpot);
        }

        public boolean isNone() {
            return ringsA.isEmpty() || (ringCounts == 0 && spotsPerRing == 0);
        }
    }
}
