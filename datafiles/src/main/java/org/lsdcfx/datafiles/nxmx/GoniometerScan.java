package org.lsdcfx.datafiles.nxmx;

/**
 * How the sample moves from frame to frame: omega starts at {@code omegaStart} and turns by {@code omegaIncrement}
 * per frame (0 for stills, LSDC {@code img_width} 0), about {@code omegaAxis}; a vector collection also translates
 * the sample. Angles in degrees.
 *
 * @param omegaStart     omega at the start of the first frame, degrees (LSDC {@code sweep_start})
 * @param omegaIncrement rotation per frame, degrees (LSDC {@code img_width}); 0 for stills
 * @param omegaAxis      the rotation axis in NeXus coordinates; {@link #DEFAULT_OMEGA_AXIS} for a horizontal axis
 * @param vector         the sample translation of a vector collection, or null
 */
public record GoniometerScan(double omegaStart, double omegaIncrement, Vector3 omegaAxis, VectorTranslation vector) {
    /** A horizontal omega axis, as most MX goniometers (and DIALS' default) have. */
    public static final Vector3 DEFAULT_OMEGA_AXIS = new Vector3(-1, 0, 0);

    public GoniometerScan {
        if (!Double.isFinite(omegaStart) || !Double.isFinite(omegaIncrement)) {
            throw new NxmxException("omega start and increment must be finite numbers");
        }
        if (omegaAxis == null) {
            throw new NxmxException("an omega axis is required");
        }
    }

    public static GoniometerScan rotation(double omegaStart, double omegaIncrement) {
        return new GoniometerScan(omegaStart, omegaIncrement, DEFAULT_OMEGA_AXIS, null);
    }

    public static GoniometerScan stills(double omega) {
        return rotation(omega, 0);
    }

    public GoniometerScan withVector(VectorTranslation translation) {
        return new GoniometerScan(omegaStart, omegaIncrement, omegaAxis, translation);
    }

    public boolean isStills() {
        return omegaIncrement == 0;
    }

    /** Omega at the start of frame {@code frame} (0-based), degrees. */
    public double omega(int frame) {
        return omegaStart + frame * omegaIncrement;
    }

    /** Omega at the start of each of {@code frameCount} frames. */
    public double[] omegaSeries(int frameCount) {
        double[] series = new double[frameCount];
        for (int i = 0; i < frameCount; i++) {
            series[i] = omega(i);
        }
        return series;
    }
}
