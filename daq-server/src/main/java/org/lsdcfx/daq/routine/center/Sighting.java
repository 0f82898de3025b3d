package org.lsdcfx.daq.routine.center;

import org.lsdcfx.analysis.loop.LoopFinding;

/**
 * One look at the loop: what the finder saw at {@code omegaDeg}, in micrometres from the beam (the image centre),
 * h along the omega axis, v upwards.
 *
 * @param omegaDeg omega of the image
 * @param finding  the loop finder's result (pixels)
 * @param umPerPxX camera scale along the axis
 * @param umPerPxY camera scale across the axis
 * @param widthPx  image width
 * @param heightPx image height
 */
record Sighting(double omegaDeg, LoopFinding finding, double umPerPxX, double umPerPxY, int widthPx, int heightPx) {

    boolean found() {
        return finding.found();
    }

    /** Box centre along the axis, µm from the beam. */
    double hUm() {
        return (finding.centreX() - widthPx / 2.0) * umPerPxX;
    }

    /** The tip along the axis, µm from the beam. */
    double tipHUm() {
        return (finding.tipX() - widthPx / 2.0) * umPerPxX;
    }

    /** Box centre across the axis (up), µm from the beam. */
    double vUm() {
        return (heightPx / 2.0 - finding.centreY()) * umPerPxY;
    }

    /** The object's mid-line across the axis (up), µm from the beam: the loop's plane seen edge-on. */
    double midVUm() {
        return (heightPx / 2.0 - finding.midY()) * umPerPxY;
    }

    double widthUm() {
        return finding.width() * umPerPxX;
    }

    double heightUm() {
        return finding.height() * umPerPxY;
    }
}
