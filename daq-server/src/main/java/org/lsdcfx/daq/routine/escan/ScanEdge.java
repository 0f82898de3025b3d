package org.lsdcfx.daq.routine.escan;

import org.lsdcfx.analysis.escan.Edge;
import org.lsdcfx.analysis.xrf.EmissionLine;

/**
 * An absorption edge an energy scan can target: shipped f'/f'' theory and a fluorescence line to count.
 *
 * @param element      canonical symbol ("Se")
 * @param edge         the edge (K, L3, ...)
 * @param edgeEnergyEv tabulated edge energy of the theory, eV
 * @param line         the strongest line filling this edge's shell (Se K: Kα1 at 11222 eV), counted in the MCA ROI
 * @param theoryMinEv  lowest energy the theory covers, eV (a scan must stay inside it)
 * @param theoryMaxEv  highest energy the theory covers, eV
 */
public record ScanEdge(String element, Edge edge, double edgeEnergyEv, EmissionLine line, double theoryMinEv,
                       double theoryMaxEv) {
    /** "Se K". */
    public String label() {
        return element + " " + edge;
    }
}
