package org.lsdcfx.daq.routine.center;

/**
 * What optical loop centring found, with the loop centre on the beam: the goniometer position then, the omega at
 * which the loop is seen face-on (widest) and the loop's size on the camera (LSDC's {@code sample_detection}).
 *
 * @param widthUm        extent along the omega axis, µm
 * @param faceOnHeightUm extent across the omega axis seen face-on, µm
 * @param sideHeightUm   extent across the omega axis seen 90° from face-on, µm
 * @param faceOnOmega    omega (degrees) at which the loop is face-on
 * @param x              goniometer sample X with the loop centre on the beam (motor units)
 * @param y              goniometer sample Y
 * @param z              goniometer sample Z
 */
public record LoopBox(double widthUm, double faceOnHeightUm, double sideHeightUm, double faceOnOmega,
                      double x, double y, double z) {
}
