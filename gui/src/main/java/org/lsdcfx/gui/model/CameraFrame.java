package org.lsdcfx.gui.model;

/**
 * One sample-camera frame ready to be shown: the 8-bit grey pixels already turned into opaque ARGB (done on the
 * camera thread, so the FX thread only copies them into an image). Treat the array as read-only.
 *
 * @param width   pixels
 * @param height  pixels
 * @param argb    row-major, {@code width * height} opaque grey pixels
 * @param counter the camera's frame counter ({@code cam1:ArrayCounter_RBV}) when the frame was read
 */
public record CameraFrame(int width, int height, int[] argb, long counter) {

    public CameraFrame {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " frame needs " + ((long) width * height)
                    + " pixels, got " + argb.length);
        }
    }

    /** Converts 8-bit grey (row-major, unsigned) to a frame. */
    public static CameraFrame ofGrey(int width, int height, byte[] grey, long counter) {
        if (grey.length != width * height) {
            throw new IllegalArgumentException("the image has " + grey.length + " pixels but the camera reports "
                    + width + "x" + height);
        }
        int[] argb = new int[grey.length];
        for (int i = 0; i < grey.length; i++) {
            int g = grey[i] & 0xff;
            argb[i] = 0xff000000 | g << 16 | g << 8 | g;
        }
        return new CameraFrame(width, height, argb, counter);
    }

    /** The grey level (0–255) of pixel ({@code x}, {@code y}). */
    public int grey(int x, int y) {
        return argb[y * width + x] & 0xff;
    }
}
