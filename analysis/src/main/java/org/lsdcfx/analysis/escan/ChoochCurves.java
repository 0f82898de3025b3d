package org.lsdcfx.analysis.escan;

import java.util.Arrays;

/**
 * Experimental anomalous scattering factors on a uniform energy grid: what LSDC stores as
 * {@code choochOutXAxis} (energies, eV), {@code choochOutY1Axis} (f'', electrons) and
 * {@code choochOutY2Axis} (f', electrons). Immutable: arrays are copied in and out.
 */
public record ChoochCurves(double[] energiesEv, double[] fprime, double[] f2prime) {

    public ChoochCurves {
        if (energiesEv.length != fprime.length || energiesEv.length != f2prime.length) {
            throw new IllegalArgumentException("curves must have equal lengths");
        }
        energiesEv = energiesEv.clone();
        fprime = fprime.clone();
        f2prime = f2prime.clone();
    }

    @Override
    public double[] energiesEv() {
        return energiesEv.clone();
    }

    @Override
    public double[] fprime() {
        return fprime.clone();
    }

    @Override
    public double[] f2prime() {
        return f2prime.clone();
    }

    public int size() {
        return energiesEv.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChoochCurves c && Arrays.equals(energiesEv, c.energiesEv)
                && Arrays.equals(fprime, c.fprime) && Arrays.equals(f2prime, c.f2prime);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(energiesEv) * 31 * 31 + Arrays.hashCode(fprime) * 31 + Arrays.hashCode(f2prime);
    }

    @Override
    public String toString() {
        return "ChoochCurves[" + size() + " points]";
    }
}
