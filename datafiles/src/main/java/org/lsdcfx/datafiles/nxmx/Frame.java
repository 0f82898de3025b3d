package org.lsdcfx.datafiles.nxmx;

/**
 * One detector frame: unsigned pixels in row-major order (slow axis outer, fast axis inner). Java has no unsigned
 * types, so a 16-bit frame holds its pixels in a {@code short[]} and a 32-bit frame in an {@code int[]}, bit for bit;
 * the writer stores them as unsigned. The arrays are not copied: do not change one until {@code append} returns.
 */
public sealed interface Frame permits Frame.Uint16, Frame.Uint32 {

    PixelType pixelType();

    /** Number of pixels. */
    int length();

    static Frame uint16(short[] pixels) {
        return new Uint16(pixels);
    }

    static Frame uint32(int[] pixels) {
        return new Uint32(pixels);
    }

    /** A 16-bit frame. */
    record Uint16(short[] pixels) implements Frame {
        public Uint16 {
            if (pixels == null) {
                throw new NxmxException("a frame needs its pixels");
            }
        }

        @Override
        public PixelType pixelType() {
            return PixelType.UINT16;
        }

        @Override
        public int length() {
            return pixels.length;
        }
    }

    /** A 32-bit frame. */
    record Uint32(int[] pixels) implements Frame {
        public Uint32 {
            if (pixels == null) {
                throw new NxmxException("a frame needs its pixels");
            }
        }

        @Override
        public PixelType pixelType() {
            return PixelType.UINT32;
        }

        @Override
        public int length() {
            return pixels.length;
        }
    }
}
