package org.lsdcfx.daq.routine.escan;

import java.time.Duration;
import org.lsdcfx.analysis.escan.ChoochConfig;
import org.lsdcfx.analysis.xrf.EnergyCalibration;
import org.lsdcfx.mxtools.profile.BeamlineProfile;

/**
 * How this beamline runs energy scans and XRF spectra. Immutable; {@link #fromProfile} reads the profile's
 * {@code extra} properties (all optional, text as in the profile JSON):
 *
 * <table>
 * <caption>profile extras</caption>
 * <tr><td>{@value #MAX_ENERGY_MOVE}</td><td>how far (eV) a scan may move the monochromator to reach its energy;
 * default {@value #LSDC_NEAR_EDGE_EV} (LSDC: a scan more than 20 eV away is refused)</td></tr>
 * <tr><td>{@value #MCA_OFFSET}, {@value #MCA_GAIN}, {@value #MCA_CHANNELS}</td><td>MCA calibration and size;
 * default 0 eV, 10 eV/channel, 2048 channels (Mercury as configured at NSLS-II, and beamline-sim)</td></tr>
 * <tr><td>{@value #ROI_HALF_WIDTH}</td><td>default ROI half width around the element's line, channels; default 25
 * (LSDC)</td></tr>
 * <tr><td>{@value #REMOTE_OFFSET}</td><td>remote energy above the tabulated edge, eV; default 100</td></tr>
 * </table>
 *
 * @param nearEdgeEv         within this distance (eV) the monochromator is always moved to the scan (LSDC's 20 eV)
 * @param maxEnergyMoveEv    the farthest (eV) a scan may move the monochromator; at or below {@code nearEdgeEv} a
 *                           scan that far from the current energy is refused, as in LSDC
 * @param mcaCalibration     MCA channel energies
 * @param mcaChannels        number of MCA channels
 * @param roiHalfWidth       default ROI: the element's main line ± this many channels
 * @param chooch             analysis parameters (remote offset, fit windows)
 * @param minSteps           fewest scan points (Chooch needs 10)
 * @param maxSteps           most scan points
 * @param maxStepsizeEv      largest step, eV
 * @param maxExposureS       longest count per point (and per XRF spectrum), s
 * @param governorTimeout    longest a governor transition may take
 * @param shutterTimeout     longest a shutter open/close may take
 */
public record EnergyScanSettings(double nearEdgeEv, double maxEnergyMoveEv, EnergyCalibration mcaCalibration,
                                 int mcaChannels, int roiHalfWidth, ChoochConfig chooch, int minSteps, int maxSteps,
                                 double maxStepsizeEv, double maxExposureS, Duration governorTimeout,
                                 Duration shutterTimeout) {
    /** Profile extra: how far a scan may move the monochromator (eV). */
    public static final String MAX_ENERGY_MOVE = "eScanMaxEnergyMoveEv";
    public static final String MCA_OFFSET = "mcaOffsetEv";
    public static final String MCA_GAIN = "mcaEvPerChannel";
    public static final String MCA_CHANNELS = "mcaChannels";
    public static final String ROI_HALF_WIDTH = "mcaRoiHalfWidth";
    public static final String REMOTE_OFFSET = "choochRemoteOffsetEv";
    /** LSDC refuses an energy scan when the monochromator is farther than this from the edge. */
    public static final double LSDC_NEAR_EDGE_EV = 20;

    public EnergyScanSettings {
        require(nearEdgeEv >= 0 && Double.isFinite(nearEdgeEv), "nearEdgeEv must be ≥ 0");
        require(maxEnergyMoveEv >= 0 && !Double.isNaN(maxEnergyMoveEv), "maxEnergyMoveEv must be ≥ 0");
        require(mcaChannels >= 16, "mcaChannels must be ≥ 16");
        require(roiHalfWidth >= 0 && roiHalfWidth < mcaChannels, "roiHalfWidth must be 0.." + (mcaChannels - 1));
        require(minSteps >= 10 && maxSteps >= minSteps, "steps must allow at least 10 points (Chooch)");
        require(maxStepsizeEv > 0 && maxExposureS > 0, "maxStepsizeEv and maxExposureS must be > 0");
        require(governorTimeout != null && shutterTimeout != null, "timeouts are required");
    }

    /** LSDC-compatible defaults (no far moves, Mercury calibration, remote +100 eV). */
    public static EnergyScanSettings defaults() {
        return new EnergyScanSettings(LSDC_NEAR_EDGE_EV, LSDC_NEAR_EDGE_EV, new EnergyCalibration(0, 10), 2048, 25,
                ChoochConfig.defaults(), 10, 2000, 50, 60, Duration.ofSeconds(60), Duration.ofSeconds(5));
    }

    /**
     * The defaults overridden by the profile's extras.
     *
     * @throws IllegalArgumentException naming the extra that is not a number or out of range
     */
    public static EnergyScanSettings fromProfile(BeamlineProfile profile) {
        EnergyScanSettings d = defaults();
        double offset = number(profile, MCA_OFFSET, d.mcaCalibration.offsetEv());
        double gain = number(profile, MCA_GAIN, d.mcaCalibration.gainEvPerChannel());
        ChoochConfig chooch = d.chooch.withRemoteOffsetEv(number(profile, REMOTE_OFFSET, d.chooch.remoteOffsetEv()));
        return new EnergyScanSettings(d.nearEdgeEv, number(profile, MAX_ENERGY_MOVE, d.maxEnergyMoveEv),
                new EnergyCalibration(offset, gain), (int) number(profile, MCA_CHANNELS, d.mcaChannels),
                (int) number(profile, ROI_HALF_WIDTH, d.roiHalfWidth), chooch, d.minSteps, d.maxSteps, d.maxStepsizeEv,
                d.maxExposureS, d.governorTimeout, d.shutterTimeout);
    }

    /** The same settings allowing monochromator moves of up to {@code ev} (the launcher's explicit setting). */
    public EnergyScanSettings withMaxEnergyMoveEv(double ev) {
        return new EnergyScanSettings(nearEdgeEv, ev, mcaCalibration, mcaChannels, roiHalfWidth, chooch, minSteps,
                maxSteps, maxStepsizeEv, maxExposureS, governorTimeout, shutterTimeout);
    }

    /** True if a scan may move the monochromator farther than LSDC's near-edge window. */
    public boolean movesFar() {
        return maxEnergyMoveEv > nearEdgeEv;
    }

    private static double number(BeamlineProfile profile, String key, double absent) {
        String text = profile.extra(key).orElse(null);
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("profile " + profile.name() + ": extra." + key + " must be a number, not '"
                    + text + "'");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }
}
