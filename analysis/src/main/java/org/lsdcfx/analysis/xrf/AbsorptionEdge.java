package org.lsdcfx.analysis.xrf;

/**
 * One shell of an element: its absorption edge (eV), fluorescence yield and edge jump factor (from xraylib).
 * A shell fluoresces only when the excitation energy is above its edge.
 */
public record AbsorptionEdge(Shell shell, double energyEv, double fluorescenceYield, double jumpFactor) {

    public boolean excitedBy(double excitationEnergyEv) {
        return energyEv < excitationEnergyEv;
    }
}
