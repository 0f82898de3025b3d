package org.lsdcfx.datafiles.nxmx;

import java.util.Arrays;

/**
 * What the daq server adds to a master file that the detector wrote ({@link NxmxBackend#supplement}): the metadata
 * only the server knows (sample name, flux, transmission, instrument name, ... from the beamline's
 * {@link NxmxFieldMap}), and for a vector collection the sample position of every frame. Fields the master already has
 * are kept as the detector wrote them.
 *
 * @param fields    metadata fields to add when absent
 * @param positions per-frame sample positions ({@code sam_x/y/z}), or null for none
 */
public record MasterSupplement(NxmxMetadata fields, SamplePositions positions) {
    public MasterSupplement {
        if (fields == null) {
            throw new NxmxException("a master supplement needs its fields (possibly empty)");
        }
    }

    public static MasterSupplement of(NxmxMetadata fields) {
        return new MasterSupplement(fields, null);
    }

    /**
     * The sample position at the start of each frame: the goniometer translations of a vector collection, written as
     * {@code /entry/sample/transformations/sam_x}, {@code sam_y}, {@code sam_z} riding on omega.
     *
     * @param x    one value per frame
     * @param y    one value per frame
     * @param z    one value per frame
     * @param unit the unit of the values, e.g. "um"
     */
    public record SamplePositions(double[] x, double[] y, double[] z, String unit) {
        public SamplePositions {
            if (x == null || y == null || z == null || x.length != y.length || y.length != z.length || x.length == 0) {
                throw new NxmxException("sample positions need x, y and z with one value per frame");
            }
            if (unit == null || unit.isBlank()) {
                throw new NxmxException("sample positions need a unit");
            }
            x = x.clone();
            y = y.clone();
            z = z.clone();
        }

        /** Positions of a linear translation (see {@link VectorTranslation#position}). */
        public static SamplePositions of(VectorTranslation vector, int frames) {
            double[] x = new double[frames];
            double[] y = new double[frames];
            double[] z = new double[frames];
            for (int i = 0; i < frames; i++) {
                Vector3 p = vector.position(i, frames);
                x[i] = p.x();
                y[i] = p.y();
                z[i] = p.z();
            }
            return new SamplePositions(x, y, z, vector.unit());
        }

        public int frames() {
            return x.length;
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }

        @Override
        public double[] z() {
            return z.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof SamplePositions p && Arrays.equals(x, p.x) && Arrays.equals(y, p.y) && Arrays.equals(z, p.z)
                    && unit.equals(p.unit);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(x) * 31 + Arrays.hashCode(y) * 17 + Arrays.hashCode(z) + unit.hashCode();
        }

        @Override
        public String toString() {
            return "SamplePositions[" + x.length + " frames, " + unit + "]";
        }
    }
}
