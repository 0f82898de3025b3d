package org.lsdcfx.daq.routine.escan;

import org.lsdcfx.analysis.escan.ChoochConfig;
import org.lsdcfx.analysis.xrf.EnergyCalibration;
import org.lsdcfx.device.fluorescence.McaRoi;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.mxtools.profile.MotorSpec;

/**
 * What makes an energy scan valid, in one place: the command guard ({@code queueEnergyScan}) and the {@code eScan}
 * routine's prepare step both call {@link #validate}, so a request edited in the store with bad values fails with the
 * same reason the guard would have given. Checks, in order: a known element and edge (theory shipped), the edge
 * inside the monochromator range, steps, step size and count time within limits, the whole scan inside the
 * monochromator range and the theory, enough points on both sides of the edge for Chooch's fit windows, an MCA ROI
 * inside the MCA that contains the element's line, a transmission in (0, 1]. Memory only (no I/O); thread-safe.
 */
public final class EnergyScanRules {
    private final EdgeCatalog catalog;
    private final EnergyScanSettings settings;
    private final String beamline;
    private final double monoMinEv;
    private final double monoMaxEv;

    public EnergyScanRules(EdgeCatalog catalog, EnergyScanSettings settings, BeamlineProfile profile) {
        this.catalog = catalog;
        this.settings = settings;
        this.beamline = profile.name();
        MotorSpec energy = profile.motors().get(Descriptors.ENERGY);
        double lo = profile.energyRange().minEv();
        double hi = profile.energyRange().maxEv();
        if (energy != null) {
            lo = Math.max(lo, energy.low());
            hi = Math.min(hi, energy.high());
        }
        this.monoMinEv = lo;
        this.monoMaxEv = hi;
    }

    public EdgeCatalog catalog() {
        return catalog;
    }

    public EnergyScanSettings settings() {
        return settings;
    }

    /** Lowest energy the monochromator delivers (profile energy range within the energy motor's limits), eV. */
    public double monoMinEv() {
        return monoMinEv;
    }

    public double monoMaxEv() {
        return monoMaxEv;
    }

    /** "5000-18000 eV of SIM". */
    public String monoRange() {
        return EnergyFormat.ev(monoMinEv) + "-" + EnergyFormat.ev(monoMaxEv) + " eV of " + beamline;
    }

    /**
     * @return the scan to run
     * @throws IllegalArgumentException with the first problem found, in words a user can act on
     */
    public EnergyScanPlan validate(EnergyScanInputs in) {
        ScanEdge edge = catalog.edge(in.element(), in.edge());
        if (edge.edgeEnergyEv() < monoMinEv || edge.edgeEnergyEv() > monoMaxEv) {
            throw new IllegalArgumentException("the " + edge.label() + " edge (" + EnergyFormat.ev(edge.edgeEnergyEv())
                    + " eV) is outside the monochromator range " + monoRange());
        }
        long steps = in.stepsOrDefault();
        if (steps < settings.minSteps() || steps > settings.maxSteps()) {
            throw new IllegalArgumentException("steps must be " + settings.minSteps() + " to " + settings.maxSteps()
                    + " (Chooch needs at least " + settings.minSteps() + " points), got " + steps);
        }
        double step = in.stepsizeOrDefault();
        if (!(step > 0) || step > settings.maxStepsizeEv()) {
            throw new IllegalArgumentException("stepsize must be more than 0 and at most " + EnergyFormat.ev(settings.maxStepsizeEv())
                    + " eV, got " + EnergyFormat.ev(step) + " eV");
        }
        double exposure = in.exposureOrDefault();
        if (!(exposure > 0) || exposure > settings.maxExposureS()) {
            throw new IllegalArgumentException("exposure_time must be more than 0 and at most " + EnergyFormat.ev(settings.maxExposureS())
                    + " s per point, got " + EnergyFormat.ev(exposure) + " s");
        }
        double centre = in.scanEnergyEv() == null ? edge.edgeEnergyEv() : in.scanEnergyEv();
        if (!(centre > 0) || !Double.isFinite(centre)) {
            throw new IllegalArgumentException("scanEnergy must be a positive energy in eV, got " + centre);
        }
        double[] energies = grid(centre, (int) steps, step);
        String span = EnergyFormat.ev(energies[0]) + "-" + EnergyFormat.ev(energies[energies.length - 1]) + " eV";
        if (energies[0] < monoMinEv || energies[energies.length - 1] > monoMaxEv) {
            throw new IllegalArgumentException("the scan " + span + " is outside the monochromator range " + monoRange());
        }
        if (energies[0] < edge.theoryMinEv() || energies[energies.length - 1] > edge.theoryMaxEv()) {
            throw new IllegalArgumentException("the scan " + span + " extends beyond the " + edge.label() + " theory ("
                    + EnergyFormat.ev(edge.theoryMinEv()) + "-" + EnergyFormat.ev(edge.theoryMaxEv()) + " eV)");
        }
        checkFitWindows(edge, energies, span);
        McaRoi roi = roi(edge, in.roiLo(), in.roiHi());
        Double attenuation = in.attenuation();
        if (attenuation != null && (!(attenuation > 0) || attenuation > 1)) {
            throw new IllegalArgumentException("attenuation must be a transmission more than 0 and at most 1, got "
                    + EnergyFormat.ev(attenuation));
        }
        return new EnergyScanPlan(edge, energies, step, exposure, roi, attenuation);
    }

    /** The ROI the element's line falls in by default: its channel ± the configured half width. */
    public McaRoi defaultRoi(ScanEdge edge) {
        EnergyCalibration cal = settings.mcaCalibration();
        long channel = Math.round(cal.channel(edge.line().energyEv()));
        long lo = Math.max(0, channel - settings.roiHalfWidth());
        long hi = Math.min(settings.mcaChannels() - 1L, channel + settings.roiHalfWidth());
        if (lo > hi) {
            throw new IllegalArgumentException("the " + edge.line().label() + " line (" + EnergyFormat.ev(edge.line().energyEv())
                    + " eV) is outside the MCA's " + settings.mcaChannels() + " channels");
        }
        return new McaRoi((int) lo, (int) hi);
    }

    private McaRoi roi(ScanEdge edge, Long givenLo, Long givenHi) {
        McaRoi def = givenLo == null || givenHi == null ? defaultRoi(edge) : null;
        long lo = givenLo != null ? givenLo : def.lo();
        long hi = givenHi != null ? givenHi : def.hi();
        int last = settings.mcaChannels() - 1;
        if (lo < 0 || hi < lo || hi > last) {
            throw new IllegalArgumentException("mcaRoiLo/mcaRoiHi must satisfy 0 <= mcaRoiLo <= mcaRoiHi <= " + last
                    + ", got " + lo + "/" + hi);
        }
        EnergyCalibration cal = settings.mcaCalibration();
        double line = edge.line().energyEv();
        if (line < cal.energyEv(lo - 0.5) || line > cal.energyEv(hi + 0.5)) {
            throw new IllegalArgumentException("the MCA ROI, channels " + lo + "-" + hi + " (" + EnergyFormat.ev(cal.energyEv(lo))
                    + "-" + EnergyFormat.ev(cal.energyEv(hi)) + " eV), does not contain the " + edge.line().label() + " line ("
                    + EnergyFormat.ev(line) + " eV, channel " + Math.round(cal.channel(line)) + ")");
        }
        return new McaRoi((int) lo, (int) hi);
    }

    private void checkFitWindows(ScanEdge edge, double[] energies, String span) {
        ChoochConfig chooch = settings.chooch();
        double preLimit = edge.edgeEnergyEv() - chooch.preEdgeGapEv();
        double postLimit = edge.edgeEnergyEv() + chooch.postEdgeGapEv();
        int pre = 0;
        int post = 0;
        for (double e : energies) {
            pre += e <= preLimit ? 1 : 0;
            post += e >= postLimit ? 1 : 0;
        }
        int need = chooch.minWindowPoints();
        if (pre < need || post < need) {
            throw new IllegalArgumentException("the scan " + span + " does not reach far enough around the " + edge.label()
                    + " edge (" + EnergyFormat.ev(edge.edgeEnergyEv()) + " eV): Chooch needs " + need + " points at or below "
                    + EnergyFormat.ev(preLimit) + " eV and " + need + " at or above " + EnergyFormat.ev(postLimit)
                    + " eV, the scan has " + pre + " and " + post + "; centre it on the edge or use more steps or a larger stepsize");
        }
    }

    /** LSDC's rel_scan grid: centre ± (steps − 1)·step/2, rounded to µeV so that set-points read cleanly. */
    static double[] grid(double centre, int steps, double step) {
        double[] e = new double[steps];
        double first = centre - (steps - 1) * step / 2;
        for (int i = 0; i < steps; i++) {
            e[i] = Math.round((first + i * step) * 1e6) / 1e6;
        }
        return e;
    }
}
