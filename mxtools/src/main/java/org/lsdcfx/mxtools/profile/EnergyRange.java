package org.lsdcfx.mxtools.profile;

/** Photon energies the beamline can deliver, in eV. */
public record EnergyRange(Double minEv, Double maxEv) {

    public boolean contains(double ev) {
        return ev >= minEv && ev <= maxEv;
    }
}
