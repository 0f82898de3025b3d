package org.lsdcfx.datafiles.nxmx;

/** A 3-vector (NeXus McStas coordinates: z along the beam, y up). */
public record Vector3(double x, double y, double z) {
    public double[] toArray() {
        return new double[] {x, y, z};
    }

    /** {@code this + (to - this) * fraction}. */
    public Vector3 interpolate(Vector3 to, double fraction) {
        return new Vector3(x + (to.x - x) * fraction, y + (to.y - y) * fraction, z + (to.z - z) * fraction);
    }
}
