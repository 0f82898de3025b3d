package org.lsdcfx.sim.physics;

/**
 * Renders a synthetic sample-camera frame: a grey background with vignetting, a pin shaft entering from the left
 * and a nylon loop (an elliptical ring) at the pin tip. The loop's position follows the goniometer: x from sampleX,
 * y from the projection of sampleY/sampleZ at the current omega, so centring moves it to the image centre.
 * Stateless.
 */
public final class LoopImage {
    private LoopImage() {
    }

    /**
     * @param width    pixels
     * @param height   pixels
     * @param umPerPx  micrometres per pixel
     * @param xUm      loop offset along the beam's horizontal axis (sampleX), um
     * @param vertUm   loop offset perpendicular, um (sampleY·cos ω + sampleZ·sin ω)
     * @param omegaDeg omega, deg (the loop looks narrower edge-on)
     * @return 8-bit grey pixels, row-major
     */
    public static byte[] render(int width, int height, double umPerPx, double xUm, double vertUm, double omegaDeg) {
        byte[] px = new byte[width * height];
        double cx = width / 2.0 + xUm / umPerPx;
        double cy = height / 2.0 + vertUm / umPerPx;
        double rx = 100.0 / umPerPx; // loop of 200 um across
        double ry = Math.max(2, rx * Math.abs(Math.cos(Math.toRadians(omegaDeg))));
        double ring = Math.max(1.5, 8.0 / umPerPx);
        double shaftHalf = Math.max(2, 15.0 / umPerPx);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double dxv = (x - width / 2.0) / width;
                double dyv = (y - height / 2.0) / height;
                double grey = 200 - 60 * (dxv * dxv + dyv * dyv);
                double nx = (x - cx) / rx;
                double ny = (y - cy) / ry;
                double r = Math.sqrt(nx * nx + ny * ny);
                if (Math.abs(r - 1) * Math.min(rx, ry) < ring) {
                    grey = 60;
                } else if (x < cx - rx && Math.abs(y - cy) < shaftHalf) {
                    grey = 40;
                }
                px[y * width + x] = (byte) Math.max(0, Math.min(255, (int) grey));
            }
        }
        return px;
    }
}
