package org.lsdcfx.device.camera;

/**
 * One camera frame: 8-bit grey pixels, row-major, {@code pixels.length == width * height}.
 *
 * @param width  pixels per row
 * @param height rows
 * @param pixels grey values (unsigned bytes); the array is owned by the caller
 */
public record CameraImage(int width, int height, byte[] pixels) {

    public CameraImage {
        if (width < 1 || height < 1 || pixels == null || pixels.length != width * height) {
            throw new IllegalArgumentException("image " + width + "x" + height + " needs " + width * height
                    + " pixels, got " + (pixels == null ? "none" : pixels.length));
        }
    }

    /** Grey value 0..255 at column {@code x}, row {@code y}. */
    public int grey(int x, int y) {
        return pixels[y * width + x] & 0xff;
    }
}
