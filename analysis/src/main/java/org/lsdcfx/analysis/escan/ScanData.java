package org.lsdcfx.analysis.escan;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * A fluorescence energy scan: monochromator energies (eV, strictly increasing, positive) and the
 * fluorescence signal at each (counts, or counts normalised to I0; finite). At least {@link #MIN_POINTS}
 * points. Immutable: arrays are copied in and out.
 */
public record ScanData(double[] energiesEv, double[] counts) {

    /** Fewest points accepted: fewer cannot give both an edge and pre-/post-edge windows. */
    public static final int MIN_POINTS = 10;

    /**
     * @throws IllegalArgumentException naming the first offending point
     */
    public ScanData {
        Objects.requireNonNull(energiesEv, "energiesEv");
        Objects.requireNonNull(counts, "counts");
        if (energiesEv.length != counts.length) {
            throw new IllegalArgumentException("scan has " + energiesEv.length + " energies but " + counts.length + " counts");
        }
        if (energiesEv.length < MIN_POINTS) {
            throw new IllegalArgumentException("scan has " + energiesEv.length + " points; at least " + MIN_POINTS + " are needed");
        }
        for (int i = 0; i < energiesEv.length; i++) {
            if (!Double.isFinite(energiesEv[i]) || !(energiesEv[i] > 0)) {
                throw new IllegalArgumentException("scan point " + (i + 1) + ": energy " + energiesEv[i] + " eV is not a positive number");
            }
            if (!Double.isFinite(counts[i])) {
                throw new IllegalArgumentException("scan point " + (i + 1) + " (" + energiesEv[i] + " eV): counts " + counts[i] + " is not a number");
            }
            if (i > 0 && !(energiesEv[i] > energiesEv[i - 1])) {
                throw new IllegalArgumentException("scan energies must increase strictly: point " + (i + 1) + " ("
                        + energiesEv[i] + " eV) follows " + energiesEv[i - 1] + " eV (use ScanData.sorted for unsorted data)");
            }
        }
        energiesEv = energiesEv.clone();
        counts = counts.clone();
    }

    /**
     * A scan from points in any order, sorted by energy.
     *
     * @throws IllegalArgumentException on a repeated energy or any invalid point
     */
    public static ScanData sorted(double[] energiesEv, double[] counts) {
        if (energiesEv.length != counts.length) {
            throw new IllegalArgumentException("scan has " + energiesEv.length + " energies but " + counts.length + " counts");
        }
        Integer[] order = IntStream.range(0, energiesEv.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> energiesEv[i]));
        double[] e = new double[order.length];
        double[] c = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            e[k] = energiesEv[order[k]];
            c[k] = counts[order[k]];
            if (k > 0 && e[k] == e[k - 1]) {
                throw new IllegalArgumentException("scan has two points at " + e[k] + " eV");
            }
        }
        return new ScanData(e, c);
    }

    @Override
    public double[] energiesEv() {
        return energiesEv.clone();
    }

    @Override
    public double[] counts() {
        return counts.clone();
    }

    public int size() {
        return energiesEv.length;
    }

    public double energyEv(int i) {
        return energiesEv[i];
    }

    public double count(int i) {
        return counts[i];
    }

    public double minEnergyEv() {
        return energiesEv[0];
    }

    public double maxEnergyEv() {
        return energiesEv[energiesEv.length - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScanData s && Arrays.equals(energiesEv, s.energiesEv) && Arrays.equals(counts, s.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(energiesEv) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "ScanData[" + size() + " points, " + minEnergyEv() + "-" + maxEnergyEv() + " eV]";
    }
}
