package org.lsdcfx.gui.sample;

/**
 * How a camera image is drawn into an area: scaled uniformly to fit, centred. Converts between area points and
 * image pixels (so a click is sent in the camera's own pixels, whatever the window size). Immutable, pure.
 *
 * @param scale screen pixels per image pixel
 * @param left  where the image's left edge is drawn
 * @param top   where the image's top edge is drawn
 */
record ImageFit(double scale, double left, double top, int imageWidth, int imageHeight) {

    static ImageFit of(int imageWidth, int imageHeight, double areaWidth, double areaHeight) {
        double scale = Math.max(0, Math.min(areaWidth / imageWidth, areaHeight / imageHeight));
        return new ImageFit(scale, (areaWidth - imageWidth * scale) / 2, (areaHeight - imageHeight * scale) / 2,
                imageWidth, imageHeight);
    }

    /** The image pixel under an area point, or null when the point is outside the image. */
    double[] toImage(double x, double y) {
        if (!(scale > 0)) {
            return null;
        }
        double ix = (x - left) / scale;
        double iy = (y - top) / scale;
        return ix < 0 || iy < 0 || ix > imageWidth || iy > imageHeight ? null : new double[]{ix, iy};
    }

    double screenX(double imageX) {
        return left + imageX * scale;
    }

    double screenY(double imageY) {
        return top + imageY * scale;
    }
}
