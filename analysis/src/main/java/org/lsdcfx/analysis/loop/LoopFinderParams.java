package org.lsdcfx.analysis.loop;

/**
 * Tuning of {@link LoopFinder}. The defaults suit a low-magnification sample camera (a few µm per pixel, a loop of
 * tens of pixels, a dark pin and loop on a bright background).
 *
 * @param blockSize       side of the blocks (px) whose bright level models the background, ≥ 4
 * @param minContrast     grey levels below the background a pixel must be to count as dark, at least; the
 *                        threshold rises to {@code noiseSigmas} times the measured noise on noisy images
 * @param noiseSigmas     threshold in units of the (smoothed) background noise
 * @param minAreaPx       smallest dark object that can be a pin with a loop, px
 * @param wideFactor      a column belongs to the loop, not the pin, where the object is this many times thicker than
 *                        the pin shaft (plus {@code widePlusPx})
 * @param widePlusPx      see {@code wideFactor}, px
 * @param pinSide         where the pin enters, or null to take the side the largest edge-touching dark object touches
 */
public record LoopFinderParams(int blockSize, int minContrast, double noiseSigmas, int minAreaPx, double wideFactor,
                               int widePlusPx, PinSide pinSide) {

    public LoopFinderParams {
        if (blockSize < 4 || minContrast < 1 || minContrast > 254 || !(noiseSigmas > 0) || minAreaPx < 1
                || !(wideFactor >= 1) || widePlusPx < 0) {
            throw new IllegalArgumentException("loop finder parameters out of range: blockSize " + blockSize
                    + " (≥ 4), minContrast " + minContrast + " (1..254), noiseSigmas " + noiseSigmas + " (> 0), minAreaPx "
                    + minAreaPx + " (≥ 1), wideFactor " + wideFactor + " (≥ 1), widePlusPx " + widePlusPx + " (≥ 0)");
        }
    }

    /** 16 px blocks, 30 grey levels or 5 σ, 100 px objects, loop where 1.5 × the shaft + 2 px, pin side found. */
    public static LoopFinderParams defaults() {
        return new LoopFinderParams(16, 30, 5, 100, 1.5, 2, null);
    }

    public LoopFinderParams withPinSide(PinSide side) {
        return new LoopFinderParams(blockSize, minContrast, noiseSigmas, minAreaPx, wideFactor, widePlusPx, side);
    }

    public LoopFinderParams withMinContrast(int contrast) {
        return new LoopFinderParams(blockSize, contrast, noiseSigmas, minAreaPx, wideFactor, widePlusPx, pinSide);
    }
}
