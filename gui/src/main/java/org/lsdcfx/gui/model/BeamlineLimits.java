package org.lsdcfx.gui.model;

import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.mxtools.profile.MotorSpec;

/**
 * The limits a request's parameters must respect on this beamline (LSDC's {@code VALID_*} constants, here taken
 * from the beamline profile). Units: seconds, mm, eV, degrees; transmission as a fraction.
 *
 * @param minExposure      shortest exposure per image (also 1/max frame rate of the detector)
 * @param maxExposure      longest exposure per image
 * @param maxTotalExposure longest total exposure of one request (images × exposure)
 * @param minDistance      detector distance range (the detector motor's limits)
 * @param maxDistance      see minDistance
 * @param minEnergy        deliverable photon energy range
 * @param maxEnergy        see minEnergy
 * @param minTransmission  smallest transmission the attenuators give
 * @param minOmega         goniometer omega range
 * @param maxOmega         see minOmega
 * @param minWidth         smallest oscillation width per image (0 is always allowed: stills)
 * @param maxWidth         largest oscillation width per image
 * @param detectorRadius   detector radius for the resolution at the edge (conftrak {@code detRadius})
 */
public record BeamlineLimits(double minExposure, double maxExposure, double maxTotalExposure, double minDistance,
                             double maxDistance, double minEnergy, double maxEnergy, double minTransmission,
                             double minOmega, double maxOmega, double minWidth, double maxWidth,
                             double detectorRadius) {
    /** Profile {@code extra} keys that override the defaults below. */
    public static final String MIN_EXPOSURE = "minExposureTime";
    public static final String MAX_EXPOSURE = "maxExposureTime";
    public static final String MAX_TOTAL_EXPOSURE = "maxTotalExposureTime";
    public static final String MIN_TRANSMISSION = "minTransmission";

    public static BeamlineLimits of(BeamlineProfile profile, double detectorRadiusMm) {
        Double rate = profile.detector() == null ? null : profile.detector().maxFrameRateHz();
        double frameTime = rate == null || rate <= 0 ? 0.001 : 1.0 / rate;
        MotorSpec dist = profile.motors().get(Descriptors.DETECTOR_DIST);
        MotorSpec omega = profile.motors().get(Descriptors.OMEGA);
        return new BeamlineLimits(
                extra(profile, MIN_EXPOSURE, frameTime),
                extra(profile, MAX_EXPOSURE, 10),
                extra(profile, MAX_TOTAL_EXPOSURE, 300),
                dist == null ? 100 : dist.low(), dist == null ? 1000 : dist.high(),
                profile.energyRange().minEv(), profile.energyRange().maxEv(),
                extra(profile, MIN_TRANSMISSION, 0.001),
                omega == null ? -3600 : omega.low(), omega == null ? 3600 : omega.high(),
                0.001, 10, detectorRadiusMm);
    }

    private static double extra(BeamlineProfile profile, String key, double fallback) {
        return profile.extra(key).map(v -> {
            try {
                return Double.parseDouble(v.trim());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }
}
