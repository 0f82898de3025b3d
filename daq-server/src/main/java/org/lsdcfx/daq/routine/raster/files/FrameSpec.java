package org.lsdcfx.daq.routine.raster.files;

import org.lsdcfx.analysis.spots.DetectorGeometry;

/**
 * How to turn a detector file's pixels into spot-finder frames: the geometry (for resolution estimates) and the first
 * saturated count. NXmx frames carry no module layout: their gap and defective pixels hold 0xFFFF, which the spot
 * finder never uses. Immutable.
 *
 * @param geometry where the pixels are
 * @param overload first count treated as saturated, 1..65535
 */
public record FrameSpec(DetectorGeometry geometry, int overload) {
    public FrameSpec {
        if (geometry == null || overload < 1 || overload > 0xFFFF) {
            throw new IllegalArgumentException("a frame spec needs a geometry and an overload within 1..65535");
        }
    }

    /** A 16-bit overload from the detector's saturation value (32-bit or unknown values mean the default). */
    public static int overloadFor(long saturationValue) {
        return saturationValue > 0 && saturationValue < 0xFFFF ? (int) saturationValue
                : org.lsdcfx.analysis.spots.Frame.DEFAULT_OVERLOAD;
    }

    /** Says which geometry frames of a given size have; may read a master file. */
    @FunctionalInterface
    public interface Source {
        FrameSpec forFrames(int width, int height) throws java.io.IOException;
    }
}
