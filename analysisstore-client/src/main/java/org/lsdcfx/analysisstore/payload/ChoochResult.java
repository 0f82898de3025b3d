package org.lsdcfx.analysisstore.payload;

import java.util.List;
import org.bson.Document;

/**
 * Chooch analysis of an energy scan ({@code result_type "choochResult"}), stored with LSDC's field names:
 * {@code infl, fprime_infl, f2prime_infl, peak, fprime_peak, f2prime_peak} plus (new in LSDC-FX, absent when not
 * computed) {@code remote, fprime_remote, f2prime_remote}, and the curves {@code choochOutXAxis},
 * {@code choochOutY1Axis} (f″ spline), {@code choochOutY2Axis} (f′), {@code choochInXAxis}, {@code choochInYAxis}
 * (raw counts). Energies in eV, f′/f″ in electrons.
 *
 * @param inflection the inflection point (f′ minimum)
 * @param peak       the peak (f″ maximum)
 * @param remote     a remote energy, or null when none was chosen
 * @param curves     the fitted and raw curves
 */
public record ChoochResult(EnergyPoint inflection, EnergyPoint peak, EnergyPoint remote, Curves curves)
        implements ResultPayload {

    public ChoochResult {
        if (inflection == null || peak == null || curves == null) {
            throw new IllegalArgumentException("a chooch result needs the inflection, the peak and the curves");
        }
    }

    /** An energy with its anomalous scattering factors. */
    public record EnergyPoint(double energy, double fprime, double f2prime) {
    }

    /**
     * @param outEnergies energies of the fitted curves, eV ({@code choochOutXAxis})
     * @param outF2prime  f″ spline ({@code choochOutY1Axis})
     * @param outFprime   f′ ({@code choochOutY2Axis})
     * @param inEnergies  energies of the raw scan, eV ({@code choochInXAxis})
     * @param inCounts    raw fluorescence counts ({@code choochInYAxis})
     */
    public record Curves(List<Double> outEnergies, List<Double> outF2prime, List<Double> outFprime,
                         List<Double> inEnergies, List<Double> inCounts) {
        public Curves {
            outEnergies = List.copyOf(outEnergies);
            outF2prime = List.copyOf(outF2prime);
            outFprime = List.copyOf(outFprime);
            inEnergies = List.copyOf(inEnergies);
            inCounts = List.copyOf(inCounts);
            if (outF2prime.size() != outEnergies.size() || outFprime.size() != outEnergies.size()) {
                throw new IllegalArgumentException("chooch output curves differ in length: " + outEnergies.size()
                        + " energies, " + outF2prime.size() + " f'', " + outFprime.size() + " f'");
            }
            if (inCounts.size() != inEnergies.size()) {
                throw new IllegalArgumentException("chooch input curve has " + inEnergies.size() + " energies but "
                        + inCounts.size() + " counts");
            }
        }
    }

    @Override
    public Document toDocument() {
        Document d = new Document("infl", inflection.energy()).append("fprime_infl", inflection.fprime())
                .append("f2prime_infl", inflection.f2prime())
                .append("peak", peak.energy()).append("fprime_peak", peak.fprime()).append("f2prime_peak", peak.f2prime());
        if (remote != null) {
            d.append("remote", remote.energy()).append("fprime_remote", remote.fprime())
                    .append("f2prime_remote", remote.f2prime());
        }
        return d.append("choochOutXAxis", curves.outEnergies()).append("choochOutY1Axis", curves.outF2prime())
                .append("choochOutY2Axis", curves.outFprime()).append("choochInXAxis", curves.inEnergies())
                .append("choochInYAxis", curves.inCounts());
    }

    public static ChoochResult fromDocument(Document d) {
        EnergyPoint remote = d.get("remote") == null ? null
                : new EnergyPoint(Fields.num(d, "remote"), Fields.num(d, "fprime_remote"), Fields.num(d, "f2prime_remote"));
        return new ChoochResult(
                new EnergyPoint(Fields.num(d, "infl"), Fields.num(d, "fprime_infl"), Fields.num(d, "f2prime_infl")),
                new EnergyPoint(Fields.num(d, "peak"), Fields.num(d, "fprime_peak"), Fields.num(d, "f2prime_peak")),
                remote,
                new Curves(Fields.numbers(d, "choochOutXAxis"), Fields.numbers(d, "choochOutY1Axis"),
                        Fields.numbers(d, "choochOutY2Axis"), Fields.numbers(d, "choochInXAxis"),
                        Fields.numbers(d, "choochInYAxis")));
    }
}
