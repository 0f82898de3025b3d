package org.lsdcfx.processing;

/** A unit cell: edges in Å, angles in degrees. */
public record UnitCell(double a, double b, double c, double alpha, double beta, double gamma) {
    public static UnitCell of(double[] six) {
        if (six == null || six.length != 6) {
            throw new IllegalArgumentException("a unit cell has six parameters");
        }
        return new UnitCell(six[0], six[1], six[2], six[3], six[4], six[5]);
    }
}
