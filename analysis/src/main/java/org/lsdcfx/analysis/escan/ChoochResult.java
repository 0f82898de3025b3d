package org.lsdcfx.analysis.escan;

import java.util.List;

/**
 * Result of a Chooch-equivalent analysis. Energies in eV, f' and f'' in electrons. The names follow LSDC's
 * {@code choochResult} document ({@code infl}, {@code peak}, {@code fprime_infl}, ...; see
 * {@link ChoochJson#fields}), plus the remote energy LSDC never computed.
 *
 * @param element           canonical element symbol ("Se")
 * @param edge              the edge analysed
 * @param edgeEnergyEv      tabulated edge energy of the theory used
 * @param infl              inflection energy: minimum of the experimental f'
 * @param fprimeInfl        f' at {@code infl}
 * @param f2primeInfl       f'' at {@code infl}
 * @param peak              peak energy: maximum of the experimental f''
 * @param fprimePeak        f' at {@code peak}
 * @param f2primePeak       f'' at {@code peak}
 * @param remote            remote energy: {@code edgeEnergyEv + config.remoteOffsetEv()}
 * @param fprimeRemote      f' at the remote: theory plus the Kramers–Kronig effect of the measured edge
 * @param f2primeRemote     f'' at the remote: measured when inside the scan, theoretical outside it
 * @param remoteInsideScan  whether the remote lies inside the scanned range
 * @param curves            experimental f' and f'' across the scan
 * @param scan              the scan analysed (LSDC's {@code choochInXAxis}/{@code choochInYAxis})
 * @param config            the parameters used
 * @param warnings          doubts about the result for the user (e.g. no f'' maximum between the fit windows);
 *                          empty when none
 */
public record ChoochResult(String element, Edge edge, double edgeEnergyEv,
                           double infl, double fprimeInfl, double f2primeInfl,
                           double peak, double fprimePeak, double f2primePeak,
                           double remote, double fprimeRemote, double f2primeRemote, boolean remoteInsideScan,
                           ChoochCurves curves, ScanData scan, ChoochConfig config, List<String> warnings) {

    public ChoochResult {
        warnings = List.copyOf(warnings);
    }
}
