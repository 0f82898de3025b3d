package org.lsdcfx.sim.physics;

import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.sim.sample.GoniometerPose;
import org.lsdcfx.sim.sample.SimSample;

/**
 * Renders a synthetic sample-camera frame looking along the beam: a grey background with vignetting, a pin shaft
 * entering from the left along the omega axis, a nylon loop (a ring of {@value #LOOP_RADIUS_UM} µm radius in the
 * sample frame's x–y plane, centred on the sample-frame origin: face-on at omega 0, edge-on at 90) and every crystal
 * of the sample as a disc of its diameter with a darker rim. Positions follow {@link GoniometerPose}'s convention: a
 * point at horizontal offset h and vertical offset v from the beam is drawn at column {@code W/2 + h/µmPerPxX}, row
 * {@code H/2 − v/µmPerPxY}; the beam is at the image centre, so centring a crystal brings it there. Stateless.
 */
public final class LoopImage {
    static final double LOOP_RADIUS_UM = 100;
    private static final double LOOP_WIRE_UM = 8;
    private static final double SHAFT_HALF_UM = 15;
    private static final double CRYSTAL_RIM_UM = 3;
    private static final int LOOP_GREY = 60;
    private static final int SHAFT_GREY = 40;
    private static final int CRYSTAL_GREY = 135;
    private static final int CRYSTAL_RIM_GREY = 85;

    private LoopImage() {
    }

    /**
     * @param width    pixels
     * @param height   pixels
     * @param umPerPxX micrometres per pixel horizontally (field-of-view width / width)
     * @param umPerPxY micrometres per pixel vertically (field-of-view height / height)
     * @param pose     the goniometer
     * @param sample   the crystals in the loop
     * @return 8-bit grey pixels, row-major
     */
    public static byte[] render(int width, int height, double umPerPxX, double umPerPxY, GoniometerPose pose,
                                SimSample sample) {
        byte[] px = new byte[width * height];
        double loopH = pose.horizontalUm(0);
        double loopV = pose.verticalUm(0, 0);
        double rx = LOOP_RADIUS_UM;
        // Edge-on the loop is a line: keep it at least a couple of pixels thick so it stays visible.
        double ry = Math.max(2 * umPerPxY, LOOP_RADIUS_UM * Math.abs(Math.cos(Math.toRadians(pose.omegaDeg()))));
        double wire = Math.max(1.5 * Math.min(umPerPxX, umPerPxY), LOOP_WIRE_UM);
        double shaftHalf = Math.max(2 * umPerPxY, SHAFT_HALF_UM);
        for (int y = 0; y < height; y++) {
            double v = (height / 2.0 - (y + 0.5)) * umPerPxY;
            for (int x = 0; x < width; x++) {
                double h = (x + 0.5 - width / 2.0) * umPerPxX;
                double dxv = (x - width / 2.0) / width;
                double dyv = (y - height / 2.0) / height;
                double grey = 200 - 60 * (dxv * dxv + dyv * dyv);
                double nx = (h - loopH) / rx;
                double ny = (v - loopV) / ry;
                double r = Math.sqrt(nx * nx + ny * ny);
                if (Math.abs(r - 1) * Math.min(rx, ry) < wire) {
                    grey = LOOP_GREY;
                } else if (h < loopH - rx && Math.abs(v - loopV) < shaftHalf) {
                    grey = SHAFT_GREY;
                }
                px[y * width + x] = (byte) Math.max(0, Math.min(255, (int) grey));
            }
        }
        for (VirtualCrystal c : sample.crystals()) {
            drawCrystal(px, width, height, umPerPxX, umPerPxY, pose, c);
        }
        return px;
    }

    private static void drawCrystal(byte[] px, int width, int height, double umPerPxX, double umPerPxY,
                                    GoniometerPose pose, VirtualCrystal c) {
        double radius = c.sizeMm() * 1000 / 2;
        double h = pose.horizontalUm(c.xMm() * 1000);
        double v = pose.verticalUm(c.yMm() * 1000, c.zMm() * 1000);
        double col = width / 2.0 + h / umPerPxX;
        double row = height / 2.0 - v / umPerPxY;
        int x0 = Math.max(0, (int) Math.floor(col - radius / umPerPxX));
        int x1 = Math.min(width - 1, (int) Math.ceil(col + radius / umPerPxX));
        int y0 = Math.max(0, (int) Math.floor(row - radius / umPerPxY));
        int y1 = Math.min(height - 1, (int) Math.ceil(row + radius / umPerPxY));
        double rim = Math.max(CRYSTAL_RIM_UM, Math.min(umPerPxX, umPerPxY));
        for (int y = y0; y <= y1; y++) {
            double dv = (y + 0.5 - row) * umPerPxY;
            for (int x = x0; x <= x1; x++) {
                double dh = (x + 0.5 - col) * umPerPxX;
                double d = Math.sqrt(dh * dh + dv * dv);
                if (d <= radius) {
                    px[y * width + x] = (byte) (radius - d < rim ? CRYSTAL_RIM_GREY : CRYSTAL_GREY);
                }
            }
        }
    }
}
