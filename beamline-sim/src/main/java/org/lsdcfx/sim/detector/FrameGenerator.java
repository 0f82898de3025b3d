package org.lsdcfx.sim.detector;

import java.util.Random;

/**
 * Makes binned synthetic diffraction frames: a radial solvent-ring background, Bragg-like spots whose positions
 * depend on omega (so consecutive frames are related) and a beamstop shadow in the centre. Stateless apart from the
 * seed; each frame is reproducible from its omega.
 */
public final class FrameGenerator {
    private final int width;
    private final int height;
    private final long seed;

    public FrameGenerator(int width, int height, long seed) {
        if (width < 8 || height < 8) {
            throw new IllegalArgumentException("frames must be at least 8x8, was " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.seed = seed;
    }

    /** Frame {@code number} at {@code omega} degrees, {@code intensity} scaling the signal (0 = no beam). */
    public Frame frame(int number, double omega, double intensity) {
        int[] counts = new int[width * height];
        double cx = width / 2.0;
        double cy = height / 2.0;
        double rMax = Math.hypot(cx, cy);
        Random noise = new Random(seed * 31 + number);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double r = Math.hypot(x - cx, y - cy) / rMax;
                double ring = 20 * Math.exp(-Math.pow((r - 0.45) / 0.05, 2));
                double mean = intensity * (5 + ring);
                counts[y * width + x] = r < 0.05 ? 0 : (int) Math.max(0, Math.round(mean + Math.sqrt(mean + 1)
                        * noise.nextGaussian()));
            }
        }
        // Spots: a fixed lattice of reflections, each in diffraction condition over a 1-degree window.
        Random lattice = new Random(seed);
        for (int i = 0; i < 200; i++) {
            double phase = lattice.nextDouble() * 360;
            double dist = Math.abs(((omega - phase) % 360 + 540) % 360 - 180);
            int sx = lattice.nextInt(width);
            int sy = lattice.nextInt(height);
            if (dist < 0.5) {
                counts[sy * width + sx] += (int) Math.round(intensity * 500 * (1 - dist * 2));
            }
        }
        return new Frame(number, omega, width, height, counts);
    }
}
