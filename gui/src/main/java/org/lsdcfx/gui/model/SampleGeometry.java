package org.lsdcfx.gui.model;

/**
 * Pixels of a sample-camera image ⇄ micrometres in the sample view, as the daq server's {@code center_on_click} and
 * the simulator's camera use them: the beam is at the image centre, h runs right along the omega axis, v up (rows run
 * down), and the field of view is the profile camera's calibration. A goniometer offset maps into the view as the
 * simulator's {@code GoniometerPose}: h = Δx, v = Δy·cos ω − Δz·sin ω. Immutable.
 *
 * @param fovWidthUm  field of view across the image, µm
 * @param fovHeightUm field of view down the image, µm
 * @param width       image width, px
 * @param height      image height, px
 */
public record SampleGeometry(double fovWidthUm, double fovHeightUm, int width, int height) {

    /** A place in the sample view, µm from the beam: h right, v up. */
    public record Offset(double h, double v) {
    }

    /** A place in the image, px from its top-left corner. */
    public record Pixel(double x, double y) {
    }

    public SampleGeometry {
        if (!(fovWidthUm > 0) || !(fovHeightUm > 0) || width < 1 || height < 1) {
            throw new IllegalArgumentException("a camera needs a positive field of view and image size, got "
                    + fovWidthUm + " x " + fovHeightUm + " µm over " + width + " x " + height + " px");
        }
    }

    public double umPerPixelX() {
        return fovWidthUm / width;
    }

    public double umPerPixelY() {
        return fovHeightUm / height;
    }

    /** Where pixel ({@code x}, {@code y}) is, relative to the beam. */
    public Offset toMicrons(double x, double y) {
        return new Offset((x - width / 2.0) * umPerPixelX(), (height / 2.0 - y) * umPerPixelY());
    }

    /** The pixel that shows the point {@code o} away from the beam. */
    public Pixel toPixels(Offset o) {
        return new Pixel(width / 2.0 + o.h() / umPerPixelX(), height / 2.0 - o.v() / umPerPixelY());
    }

    /**
     * Where the sample point that the beam hits with the goniometer at {@code target} is seen while it is at
     * {@code now}; both {x, y, z} in µm, omega in degrees.
     */
    public static Offset viewOffset(double[] target, double[] now, double omegaDeg) {
        double w = Math.toRadians(omegaDeg);
        double dy = target[1] - now[1];
        double dz = target[2] - now[2];
        return new Offset(target[0] - now[0], dy * Math.cos(w) - dz * Math.sin(w));
    }
}
