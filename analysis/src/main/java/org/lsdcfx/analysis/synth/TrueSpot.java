package org.lsdcfx.analysis.synth;

/**
 * A spot drawn into a synthetic frame: the ground truth a spot finder is scored against.
 *
 * @param x        centre x in pixels (pixel i's centre is i + 0.5, as in {@code DetectorGeometry})
 * @param y        centre y in pixels
 * @param sigmaPx  Gaussian width in pixels
 * @param photons  expected integrated counts (before Poisson noise)
 * @param dSpacing resolution of the centre in Å
 * @param ice      true for an ice-crystallite spot on an ice ring, false for a Bragg spot of the crystal
 */
public record TrueSpot(double x, double y, double sigmaPx, double photons, double dSpacing, boolean ice) {
}
