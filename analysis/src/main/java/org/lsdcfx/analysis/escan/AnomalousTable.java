package org.lsdcfx.analysis.escan;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Theoretical anomalous scattering factors f' and f'' (electrons) of one element around one edge, on a
 * strictly increasing energy grid (eV), linearly interpolated. The curves are those of an isolated atom
 * with core-hole lifetime broadening and no white line (see {@code analysis/tools/generate_tables.py}).
 * Immutable and thread-safe.
 */
public final class AnomalousTable {

    private final EdgeKey key;
    private final double coreHoleWidthEv;
    private final List<String> sources;
    private final double[] energiesEv;
    private final double[] fprime;
    private final double[] f2prime;

    /**
     * @throws IllegalArgumentException unless the three arrays have the same length ≥ 2, the energies
     *     increase strictly and every value is finite
     */
    public AnomalousTable(EdgeKey key, double coreHoleWidthEv, List<String> sources,
                          double[] energiesEv, double[] fprime, double[] f2prime) {
        this.key = Objects.requireNonNull(key, "key");
        this.coreHoleWidthEv = coreHoleWidthEv;
        this.sources = List.copyOf(sources);
        if (energiesEv.length < 2 || fprime.length != energiesEv.length || f2prime.length != energiesEv.length) {
            throw new IllegalArgumentException(key.label() + " table needs ≥ 2 rows of equal length");
        }
        for (int i = 0; i < energiesEv.length; i++) {
            if (!Double.isFinite(energiesEv[i]) || !Double.isFinite(fprime[i]) || !Double.isFinite(f2prime[i])) {
                throw new IllegalArgumentException(key.label() + " table row " + i + " is not finite");
            }
            if (i > 0 && !(energiesEv[i] > energiesEv[i - 1])) {
                throw new IllegalArgumentException(key.label() + " table energies must increase (row " + i + ")");
            }
        }
        this.energiesEv = energiesEv.clone();
        this.fprime = fprime.clone();
        this.f2prime = f2prime.clone();
    }

    public EdgeKey key() {
        return key;
    }

    public String element() {
        return key.element();
    }

    public Edge edge() {
        return key.edge();
    }

    /** Tabulated edge energy (eV). */
    public double edgeEnergyEv() {
        return key.edgeEnergyEv();
    }

    /** Lorentzian FWHM (eV) of the core hole used to broaden the edge. */
    public double coreHoleWidthEv() {
        return coreHoleWidthEv;
    }

    /** The "source:" lines of the table header: where the numbers come from. */
    public List<String> sources() {
        return sources;
    }

    public double minEnergyEv() {
        return energiesEv[0];
    }

    public double maxEnergyEv() {
        return energiesEv[energiesEv.length - 1];
    }

    public boolean covers(double energyEv) {
        return energyEv >= minEnergyEv() && energyEv <= maxEnergyEv();
    }

    /** f' (electrons) at an energy inside the table. */
    public double fprime(double energyEv) {
        return interpolate(fprime, energyEv);
    }

    /** f'' (electrons) at an energy inside the table. */
    public double f2prime(double energyEv) {
        return interpolate(f2prime, energyEv);
    }

    private double interpolate(double[] values, double energyEv) {
        if (!covers(energyEv)) {
            throw new IllegalArgumentException(String.format("%.2f eV is outside the %s table (%.2f-%.2f eV)",
                    energyEv, key.label(), minEnergyEv(), maxEnergyEv()));
        }
        int i = Arrays.binarySearch(energiesEv, energyEv);
        if (i >= 0) {
            return values[i];
        }
        int hi = -i - 1;
        int lo = hi - 1;
        double t = (energyEv - energiesEv[lo]) / (energiesEv[hi] - energiesEv[lo]);
        return values[lo] + t * (values[hi] - values[lo]);
    }

    @Override
    public String toString() {
        return "AnomalousTable[" + key.label() + ", " + energiesEv.length + " rows, "
                + minEnergyEv() + "-" + maxEnergyEv() + " eV]";
    }
}
