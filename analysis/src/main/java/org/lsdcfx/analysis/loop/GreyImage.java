package org.lsdcfx.analysis.loop;

/**
 * An 8-bit grey camera image, row-major: the sample camera's frame as the loop finder sees it.
 *
 * @param width  pixels per row
 * @param height rows
 * @param pixels unsigned grey values, {@code width * height} of them; not copied (the caller must not change them
 *               while an analysis runs)
 */
public record GreyImage(int width, int height, byte[] pixels) {

    public GreyImage {
        if (width < 1 || height < 1 || pixels == null || (long) width * height != pixels.length) {
            throw new IllegalArgumentException("a " + width + "x" + height + " image needs " + (long) width * height
                    + " pixels, got " + (pixels == null ? "none" : pixels.length));
        }
    }

    /** Grey value 0..255 at column {@code x}, row {@code y}. */
    public int grey(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }
}
