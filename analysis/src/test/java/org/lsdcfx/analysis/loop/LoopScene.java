package org.lsdcfx.analysis.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A tiny sample-camera renderer for the tests, with the simulator's geometry idea (beamline-sim's LoopImage): bright
 * vignetted background, a pin shaft from one side along the omega axis, a nylon ring (an ellipse: face-on round,
 * edge-on flat) and crystals as grey discs with darker rims, plus Gaussian noise. Lengths in pixels; the truth
 * (loop box) is known exactly.
 */
final class LoopScene {
    private final int width;
    private final int height;
    private double cx;
    private double cy;
    private double radius = 40;
    private double cosTilt = 1;
    private double wire = 3;
    private double shaftHalf = 6;
    private PinSide side = PinSide.LEFT;
    private boolean pin = true;
    private double vignetting = 60;
    private double noise;
    private long seed = 1;
    private final List<double[]> crystals = new ArrayList<>();
    private final List<double[]> specks = new ArrayList<>();

    LoopScene(int width, int height) {
        this.width = width;
        this.height = height;
        this.cx = width / 2.0;
        this.cy = height / 2.0;
    }

    LoopScene loopAt(double col, double row) {
        cx = col;
        cy = row;
        return this;
    }

    LoopScene radius(double r) {
        radius = r;
        return this;
    }

    /** Omega away from face-on, degrees: the ring's vertical half-axis is radius·|cos|. */
    LoopScene tilt(double degrees) {
        cosTilt = Math.abs(Math.cos(Math.toRadians(degrees)));
        return this;
    }

    LoopScene pinFrom(PinSide s) {
        side = s;
        return this;
    }

    LoopScene noPin() {
        pin = false;
        return this;
    }

    LoopScene vignetting(double v) {
        vignetting = v;
        return this;
    }

    LoopScene noise(double sigma, long newSeed) {
        noise = sigma;
        seed = newSeed;
        return this;
    }

    /** A crystal disc at (col, row) of radius r px. */
    LoopScene crystal(double col, double row, double r) {
        crystals.add(new double[] {col, row, r});
        return this;
    }

    /** A small dark speck (dust) at (col, row) of radius r px. */
    LoopScene speck(double col, double row, double r) {
        specks.add(new double[] {col, row, r});
        return this;
    }

    /** Ring half-height including the wire, px: the true box is centre ± these. */
    double halfHeight() {
        return Math.max(1, radius * cosTilt) + wire;
    }

    double halfWidth() {
        return radius + wire;
    }

    GreyImage render() {
        Random rnd = new Random(seed);
        byte[] px = new byte[width * height];
        double ry = Math.max(1, radius * cosTilt);
        double sign = side == PinSide.LEFT ? 1 : -1;
        for (int y = 0; y < height; y++) {
            double py = y + 0.5;
            for (int x = 0; x < width; x++) {
                double pxc = x + 0.5;
                double dx = (x - width / 2.0) / width;
                double dy = (y - height / 2.0) / height;
                double grey = 200 - vignetting * (dx * dx + dy * dy) * 2;
                // the ring: points within `wire` of the ellipse (normal distance approximated as for LoopImage)
                double nx = (pxc - cx) / radius;
                double ny = (py - cy) / ry;
                double r = Math.sqrt(nx * nx + ny * ny);
                double along = sign * (pxc - cx);
                if (Math.abs(r - 1) * Math.min(radius, ry) < wire && Math.abs(pxc - cx) <= radius + wire
                        && Math.abs(py - cy) <= ry + wire) {
                    grey = 60;
                } else if (pin && along < -radius && Math.abs(py - cy) < shaftHalf) {
                    grey = 40;
                }
                for (double[] c : crystals) {
                    double d = Math.hypot(pxc - c[0], py - c[1]);
                    if (d <= c[2]) {
                        grey = c[2] - d < 1.5 ? 85 : 135;
                    }
                }
                for (double[] s : specks) {
                    if (Math.hypot(pxc - s[0], py - s[1]) <= s[2]) {
                        grey = 50;
                    }
                }
                grey += noise * rnd.nextGaussian();
                px[y * width + x] = (byte) Math.max(0, Math.min(255, Math.round(grey)));
            }
        }
        return new GreyImage(width, height, px);
    }
}
