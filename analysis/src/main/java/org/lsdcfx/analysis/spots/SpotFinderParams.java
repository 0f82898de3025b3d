package org.lsdcfx.analysis.spots;

/**
 * Settings of {@link DispersionSpotFinder}, named and defaulted as DIALS' {@code spotfinder.threshold.dispersion}
 * and {@code spotfinder.filter} scopes. Immutable; change one setting with a {@code with…} method.
 *
 * @param kernelHalfSize     half-size of the square kernel: 3 gives DIALS' 7 × 7 ({@code kernel_size = 3 3})
 * @param gain               detector gain (counts per photon); the expected variance/mean of pure background
 * @param sigmaBackground    {@code sigma_background}: how far above Poisson the local index of dispersion must be
 * @param sigmaStrong        {@code sigma_strong}: how far above the local mean (in σ) a pixel must be
 * @param minLocal           {@code min_local}: fewest trusted pixels in the kernel for a pixel to be tested
 * @param globalThreshold    {@code global_threshold}: a pixel must exceed this count to be strong
 * @param minSpotSize        {@code min_spot_size}: smallest spot in pixels (DIALS uses 3 for pixel-array detectors)
 * @param maxSpotSize        {@code max_spot_size}: largest spot in pixels
 * @param iceRings           bands whose spots are left out of the no-ice count, the resolution estimate and the
 *                           total intensity
 * @param resolutionRange    spots outside it are discarded
 * @param resolutionQuantile the d_min estimate is the resolution that this fraction of the no-ice spots lie below
 *                           (in 1/d²), e.g. 0.95
 * @param maxSpotsReported   at most this many spots (the most intense) are listed in a {@link FrameResult};
 *                           counts are never truncated
 */
public record SpotFinderParams(int kernelHalfSize, double gain, double sigmaBackground, double sigmaStrong,
                               int minLocal, double globalThreshold, int minSpotSize, int maxSpotSize,
                               IceRings iceRings, ResolutionRange resolutionRange, double resolutionQuantile,
                               int maxSpotsReported) {

    public SpotFinderParams {
        if (kernelHalfSize < 1 || kernelHalfSize > 50) {
            throw new IllegalArgumentException("kernel half-size must be within 1..50 pixels, got " + kernelHalfSize);
        }
        requirePositive("gain", gain);
        requirePositive("sigma_background", sigmaBackground);
        requirePositive("sigma_strong", sigmaStrong);
        if (minLocal < 2) {
            throw new IllegalArgumentException("min_local must be at least 2 (variance needs two pixels), got " + minLocal);
        }
        if (!(globalThreshold >= 0)) {
            throw new IllegalArgumentException("global_threshold must be ≥ 0, got " + globalThreshold);
        }
        if (minSpotSize < 1 || maxSpotSize < minSpotSize) {
            throw new IllegalArgumentException("spot size range must satisfy 1 ≤ min ≤ max, got " + minSpotSize + ".." + maxSpotSize);
        }
        if (iceRings == null || resolutionRange == null) {
            throw new IllegalArgumentException("ice rings and resolution range are required (use IceRings.NONE, ResolutionRange.ALL)");
        }
        if (!(resolutionQuantile > 0 && resolutionQuantile <= 1)) {
            throw new IllegalArgumentException("resolution quantile must be within (0, 1], got " + resolutionQuantile);
        }
        if (maxSpotsReported < 0) {
            throw new IllegalArgumentException("max spots reported must be ≥ 0, got " + maxSpotsReported);
        }
    }

    /** DIALS defaults: 7 × 7 kernel, gain 1, σ_b 6, σ_s 3, min_local 2, threshold 0, spots of 3..1000 pixels,
     *  hexagonal ice rings, no resolution limit, d_min at the 95 % quantile, 1000 spots listed. */
    public static SpotFinderParams defaults() {
        return new SpotFinderParams(3, 1.0, 6.0, 3.0, 2, 0, 3, 1000, IceRings.STANDARD, ResolutionRange.ALL, 0.95, 1000);
    }

    public int kernelSize() {
        return 2 * kernelHalfSize + 1;
    }

    public SpotFinderParams withKernelHalfSize(int halfSize) {
        return new SpotFinderParams(halfSize, gain, sigmaBackground, sigmaStrong, minLocal, globalThreshold,
                minSpotSize, maxSpotSize, iceRings, resolutionRange, resolutionQuantile, maxSpotsReported);
    }

    public SpotFinderParams withGain(double newGain) {
        return new SpotFinderParams(kernelHalfSize, newGain, sigmaBackground, sigmaStrong, minLocal, globalThreshold,
                minSpotSize, maxSpotSize, iceRings, resolutionRange, resolutionQuantile, maxSpotsReported);
    }

    public SpotFinderParams withSigmas(double newSigmaBackground, double newSigmaStrong) {
        return new SpotFinderParams(kernelHalfSize, gain, newSigmaBackground, newSigmaStrong, minLocal, globalThreshold,
                minSpotSize, maxSpotSize, iceRings, resolutionRange, resolutionQuantile, maxSpotsReported);
    }

    public SpotFinderParams withGlobalThreshold(double threshold) {
        return new SpotFinderParams(kernelHalfSize, gain, sigmaBackground, sigmaStrong, minLocal, threshold,
                minSpotSize, maxSpotSize, iceRings, resolutionRange, resolutionQuantile, maxSpotsReported);
    }

    public SpotFinderParams withSpotSize(int min, int max) {
        return new SpotFinderParams(kernelHalfSize, gain, sigmaBackground, sigmaStrong, minLocal, globalThreshold,
                min, max, iceRings, resolutionRange, resolutionQuantile, maxSpotsReported);
    }

    public SpotFinderParams withIceRings(IceRings rings) {
        return new SpotFinderParams(kernelHalfSize, gain, sigmaBackground, sigmaStrong, minLocal, globalThreshold,
                minSpotSize, maxSpotSize, rings, resolutionRange, resolutionQuantile, maxSpotsReported);
    }

    public SpotFinderParams withResolutionRange(ResolutionRange range) {
        return new SpotFinderParams(kernelHalfSize, gain, sigmaBackground, sigmaStrong, minLocal, globalThreshold,
                minSpotSize, maxSpotSize, iceRings, range, resolutionQuantile, maxSpotsReported);
    }

    public SpotFinderParams withMaxSpotsReported(int max) {
        return new SpotFinderParams(kernelHalfSize, gain, sigmaBackground, sigmaStrong, minLocal, globalThreshold,
                minSpotSize, maxSpotSize, iceRings, resolutionRange, resolutionQuantile, max);
    }

    private static void requirePositive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be positive, got " + v);
        }
    }
}
