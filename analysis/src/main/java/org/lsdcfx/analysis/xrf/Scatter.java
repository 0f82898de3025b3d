package org.lsdcfx.analysis.xrf;

/** Elastic and Compton scatter of the incident beam. Stateless. */
public final class Scatter {

    private static final double ELECTRON_REST_ENERGY_EV = 510_998.95;

    private Scatter() {
    }

    /** Energy (eV) of a photon Compton-scattered by the angle (degrees) from an incident energy (eV). */
    public static double comptonEnergyEv(double incidentEv, double angleDeg) {
        double cos = Math.cos(Math.toRadians(angleDeg));
        return incidentEv / (1 + incidentEv / ELECTRON_REST_ENERGY_EV * (1 - cos));
    }
}
