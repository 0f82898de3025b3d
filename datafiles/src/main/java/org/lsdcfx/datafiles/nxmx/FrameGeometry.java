package org.lsdcfx.datafiles.nxmx;

/**
 * The size and pixel type of every frame of a dataset.
 *
 * @param width     pixels along the fast axis (x, the last array index)
 * @param height    pixels along the slow axis (y)
 * @param pixelType unsigned 16 or 32 bit
 */
public record FrameGeometry(int width, int height, PixelType pixelType) {
    public FrameGeometry {
        if (width < 1 || height < 1) {
            throw new NxmxException("a frame must have at least one pixel, got " + width + " x " + height);
        }
        if ((long) width * height > Integer.MAX_VALUE) {
            throw new NxmxException("a frame of " + width + " x " + height + " pixels does not fit a Java array");
        }
        if (pixelType == null) {
            throw new NxmxException("a pixel type is required");
        }
    }

    public int pixels() {
        return width * height;
    }

    public long frameBytes() {
        return (long) pixels() * pixelType.bytes();
    }
}
