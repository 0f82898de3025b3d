package org.lsdcfx.device.camera;

/** Field of view of a camera image, micrometres. */
public record FieldOfView(double widthUm, double heightUm) {

    /** Micrometres per pixel along x for an image {@code widthPx} wide. */
    public double umPerPixelX(int widthPx) {
        return widthUm / widthPx;
    }

    /** Micrometres per pixel along y for an image {@code heightPx} high. */
    public double umPerPixelY(int heightPx) {
        return heightUm / heightPx;
    }
}
