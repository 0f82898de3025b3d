package org.lsdcfx.analysis.spots;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.lsdcfx.analysis.synth.TrueSpot;

/** Scores found spots against ground truth: one-to-one matches within a radius, closest pairs first. */
public record SpotMatch(int truth, int found, int matched) {

    public static SpotMatch of(List<TrueSpot> truth, List<Spot> found, double radiusPx) {
        record Pair(int t, int f, double d) { }
        List<Pair> pairs = new ArrayList<>();
        for (int t = 0; t < truth.size(); t++) {
            for (int f = 0; f < found.size(); f++) {
                double d = Math.hypot(truth.get(t).x() - found.get(f).x(), truth.get(t).y() - found.get(f).y());
                if (d <= radiusPx) {
                    pairs.add(new Pair(t, f, d));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::d));
        boolean[] usedT = new boolean[truth.size()];
        boolean[] usedF = new boolean[found.size()];
        int matched = 0;
        for (Pair p : pairs) {
            if (!usedT[p.t()] && !usedF[p.f()]) {
                usedT[p.t()] = true;
                usedF[p.f()] = true;
                matched++;
            }
        }
        return new SpotMatch(truth.size(), found.size(), matched);
    }

    public SpotMatch plus(SpotMatch o) {
        return new SpotMatch(truth + o.truth, found + o.found, matched + o.matched);
    }

    public double recall() {
        return truth == 0 ? 1 : (double) matched / truth;
    }

    /** Found spots matching no true spot, as a fraction of found spots. */
    public double falsePositiveRate() {
        return found == 0 ? 0 : (double) (found - matched) / found;
    }

    @Override
    public String toString() {
        return String.format("truth %d, found %d, matched %d: recall %.3f, false positives %.3f",
                truth, found, matched, recall(), falsePositiveRate());
    }
}
