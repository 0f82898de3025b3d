package org.lsdcfx.analysis.loop;

/**
 * What {@link LoopFinder} saw in one image. Pixel coordinates are pixel-edge coordinates: column x spans
 * [x, x + 1), so the image centre is (width / 2, height / 2) and a box from column a to column b inclusive has
 * {@code left = a}, {@code right = b + 1}.
 *
 * @param found            false when there is no pin with a loop in view ({@code reason} says why); every other
 *                         field is then 0 / null / false
 * @param reason           why nothing was found, "" when found
 * @param pinSide          the edge the pin enters from
 * @param left             loop box, left edge (px)
 * @param top              loop box, top edge (px, rows grow downwards)
 * @param right            loop box, right edge (px)
 * @param bottom           loop box, bottom edge (px)
 * @param tipX             the loop's tip (the point furthest from the pin), column (px)
 * @param tipY             the loop's tip, row (px)
 * @param midY             the object's mid-line over the box's columns: the median of each column's middle row (px).
 *                         Seen edge-on this is the loop's plane even when a crystal sticks out of it to one side
 * @param faceVisible      true when the loop is clearly wider than the pin shaft; false when it is seen edge-on (or
 *                         is no wider than the pin): the box is then only the tip region and its centre is the tip
 * @param truncated        the loop reaches an image edge other than the pin's: part of it is out of view
 * @param shaftThicknessPx thickness of the pin shaft near where it enters (px)
 * @param areaPx           pixels of the pin-and-loop object
 * @param threshold        darkness below the background (grey levels) a pixel needed to count as dark
 */
public record LoopFinding(boolean found, String reason, PinSide pinSide, double left, double top, double right,
                          double bottom, double tipX, double tipY, double midY, boolean faceVisible, boolean truncated,
                          double shaftThicknessPx, int areaPx, double threshold) {

    static LoopFinding notFound(String reason, double threshold) {
        return new LoopFinding(false, reason, null, 0, 0, 0, 0, 0, 0, 0, false, false, 0, 0, threshold);
    }

    /** Box centre, column (px). */
    public double centreX() {
        return (left + right) / 2;
    }

    /** Box centre, row (px). */
    public double centreY() {
        return (top + bottom) / 2;
    }

    /** Box extent along the omega axis (px). */
    public double width() {
        return right - left;
    }

    /** Box extent across the omega axis (px). */
    public double height() {
        return bottom - top;
    }
}
