package org.lsdcfx.daq.routine.escan;

import org.lsdcfx.device.fluorescence.McaRoi;

/**
 * A checked energy scan, ready to run: what {@link EnergyScanRules#validate} makes of {@link EnergyScanInputs}.
 *
 * @param edge        the edge scanned
 * @param energiesEv  the monochromator set-points, increasing, eV (LSDC's rel_scan: centre ± (steps − 1)·step/2)
 * @param stepsizeEv  point spacing, eV
 * @param exposureS   count time per point, s
 * @param roi         MCA channels counted
 * @param attenuation transmission 0..1 to set first, or null to leave the attenuators alone
 */
public record EnergyScanPlan(ScanEdge edge, double[] energiesEv, double stepsizeEv, double exposureS, McaRoi roi,
                             Double attenuation) {
    public EnergyScanPlan {
        energiesEv = energiesEv.clone();
    }

    @Override
    public double[] energiesEv() {
        return energiesEv.clone();
    }

    public int points() {
        return energiesEv.length;
    }

    public double energyEv(int i) {
        return energiesEv[i];
    }

    public double firstEv() {
        return energiesEv[0];
    }

    public double lastEv() {
        return energiesEv[energiesEv.length - 1];
    }

    public double centreEv() {
        return (firstEv() + lastEv()) / 2;
    }

    /** "Se K, 12637.8-12677.8 eV, 41 points of 1 eV, 1 s each". */
    public String describe() {
        return edge.label() + ", " + EnergyFormat.ev(firstEv()) + "-" + EnergyFormat.ev(lastEv()) + " eV, " + points()
                + " points of " + EnergyFormat.ev(stepsizeEv) + " eV, " + EnergyFormat.ev(exposureS) + " s each";
    }
}
