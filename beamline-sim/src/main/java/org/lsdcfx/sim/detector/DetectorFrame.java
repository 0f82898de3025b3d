package org.lsdcfx.sim.detector;

import org.lsdcfx.analysis.spots.Frame;

/**
 * One frame of the simulated detector, as its file writer receives it.
 *
 * @param number 1-based frame number in the series
 * @param omega  omega of the frame's start as the series header says ({@code OmegaStart + (number−1)·OmegaIncr}),
 *               deg; the pixels show the goniometer where it really was
 * @param image  the pixels (unsigned 16 bit, gaps {@link Frame#BAD_PIXEL}), with the geometry and mask they were
 *               drawn at: exactly what a spot finder gets, live or from the file
 */
public record DetectorFrame(int number, double omega, Frame image) {

    public int width() {
        return image.width();
    }

    public int height() {
        return image.height();
    }
}
