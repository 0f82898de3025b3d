package org.lsdcfx.analysis.spots;

/**
 * One spot: a connected group of strong pixels.
 *
 * @param x           centroid x in pixels (background-subtracted intensity weighted; pixel i's centre is i + 0.5)
 * @param y           centroid y in pixels
 * @param pixelCount  number of strong pixels
 * @param intensity   summed counts minus background, over the strong pixels
 * @param background  background per pixel (counts) measured in a ring around the spot
 * @param maxValue    highest pixel count in the spot
 * @param dSpacing    resolution of the centroid in Å
 * @param inIceRing   true when the centroid lies in an ice-ring band
 */
public record Spot(double x, double y, int pixelCount, double intensity, double background, int maxValue,
                   double dSpacing, boolean inIceRing) {
}
