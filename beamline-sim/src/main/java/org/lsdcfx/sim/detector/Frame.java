package org.lsdcfx.sim.detector;

/**
 * One simulated detector frame (binned: the simulator does not produce full-size frames).
 *
 * @param number 1-based frame number in the series
 * @param omega  omega at the start of the frame, deg
 * @param width  pixels per row
 * @param height rows
 * @param counts counts per pixel, row-major; owned by the receiver
 */
public record Frame(int number, double omega, int width, int height, int[] counts) {
}
