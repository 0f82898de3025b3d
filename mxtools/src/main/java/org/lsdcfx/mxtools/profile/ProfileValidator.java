package org.lsdcfx.mxtools.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks that a profile is complete and consistent. All problems are collected and reported in one
 * {@link ProfileException} whose message names every offending key, e.g. {@code pvs.beamAvailable: missing}.
 */
public final class ProfileValidator {
    private static final Pattern PV_NAME = Pattern.compile("\\S+");

    private ProfileValidator() {
    }

    /** Returns {@code profile} unchanged if it is valid; otherwise throws naming the bad keys. */
    public static BeamlineProfile validate(BeamlineProfile profile) {
        List<String> problems = problems(profile);
        if (!problems.isEmpty()) {
            String name = profile.name() == null ? "<unnamed>" : profile.name();
            throw new ProfileException("profile " + name + " is invalid: " + String.join("; ", problems));
        }
        return profile;
    }

    /** Every problem of {@code profile}, each starting with the key it concerns; empty when valid. */
    public static List<String> problems(BeamlineProfile p) {
        List<String> out = new ArrayList<>();
        requireText(out, "name", p.name());
        requirePv(out, "commPrefix", p.commPrefix());
        for (String d : Descriptors.REQUIRED_PVS) {
            requirePv(out, "pvs." + d, p.pvs().get(d));
        }
        p.pvs().forEach((k, v) -> {
            if (!Descriptors.REQUIRED_PVS.contains(k)) {
                requirePv(out, "pvs." + k, v);
            }
        });
        for (String d : Descriptors.REQUIRED_MOTORS) {
            if (!p.motors().containsKey(d)) {
                out.add("motors." + d + ": missing");
            }
        }
        p.motors().forEach((k, m) -> checkMotor(out, "motors." + k, m));
        checkDetector(out, p.detector());
        for (String c : Descriptors.REQUIRED_CAMERAS) {
            if (!p.cameras().containsKey(c)) {
                out.add("cameras." + c + ": missing");
            }
        }
        p.cameras().forEach((k, c) -> checkCamera(out, "cameras." + k, c));
        checkEnergy(out, p.energyRange(), p.motors().get(Descriptors.ENERGY));
        checkGovernor(out, p.governor());
        checkDewar(out, p.dewar());
        if (p.detectorSafeDistanceMm() == null) {
            out.add("detectorSafeDistanceMm: missing");
        } else {
            MotorSpec det = p.motors().get(Descriptors.DETECTOR_DIST);
            if (det != null && det.low() != null && det.high() != null && !det.allows(p.detectorSafeDistanceMm())) {
                out.add("detectorSafeDistanceMm: " + p.detectorSafeDistanceMm() + " is outside motors.detectorDist ["
                        + det.low() + ", " + det.high() + "]");
            }
        }
        for (int i = 0; i < p.staffUsers().size(); i++) {
            requireText(out, "staffUsers[" + i + "]", p.staffUsers().get(i));
        }
        return out;
    }

    private static void checkMotor(List<String> out, String key, MotorSpec m) {
        if (m == null) {
            out.add(key + ": missing");
            return;
        }
        requirePv(out, key + ".pv", m.pv());
        requireText(out, key + ".units", m.units());
        requireNumber(out, key + ".low", m.low());
        requireNumber(out, key + ".high", m.high());
        requirePositive(out, key + ".speed", m.speed());
        requirePositive(out, key + ".tolerance", m.tolerance());
        if (m.low() != null && m.high() != null && m.low() > m.high()) {
            out.add(key + ".low (" + m.low() + ") is above " + key + ".high (" + m.high() + ")");
        }
    }

    private static void checkDetector(List<String> out, DetectorSpec d) {
        if (d == null) {
            out.add("detector: missing");
            return;
        }
        requireText(out, "detector.model", d.model());
        requirePv(out, "detector.pvPrefix", d.pvPrefix());
        requirePositive(out, "detector.nx", d.nx());
        requirePositive(out, "detector.ny", d.ny());
        requirePositive(out, "detector.pixelSizeMm", d.pixelSizeMm());
        requirePositive(out, "detector.maxFrameRateHz", d.maxFrameRateHz());
        requirePositive(out, "detector.framesPerDataFile", d.framesPerDataFile());
        requireText(out, "detector.sensorMaterial", d.sensorMaterial());
        requirePositive(out, "detector.sensorThicknessMm", d.sensorThicknessMm());
        requirePositive(out, "detector.saturationValue", d.saturationValue());
    }

    private static void checkCamera(List<String> out, String key, CameraSpec c) {
        if (c == null) {
            out.add(key + ": missing");
            return;
        }
        requirePv(out, key + ".pvPrefix", c.pvPrefix());
        requirePositive(out, key + ".fovWidthUm", c.fovWidthUm());
        requirePositive(out, key + ".fovHeightUm", c.fovHeightUm());
    }

    private static void checkEnergy(List<String> out, EnergyRange r, MotorSpec energyMotor) {
        if (r == null) {
            out.add("energyRange: missing");
            return;
        }
        requirePositive(out, "energyRange.minEv", r.minEv());
        requirePositive(out, "energyRange.maxEv", r.maxEv());
        if (r.minEv() == null || r.maxEv() == null) {
            return;
        }
        if (r.minEv() >= r.maxEv()) {
            out.add("energyRange.minEv (" + r.minEv() + ") is not below energyRange.maxEv (" + r.maxEv() + ")");
        }
        if (energyMotor != null && energyMotor.low() != null && energyMotor.high() != null
                && (r.minEv() < energyMotor.low() || r.maxEv() > energyMotor.high())) {
            out.add("energyRange [" + r.minEv() + ", " + r.maxEv() + "] is outside motors.energy limits ["
                    + energyMotor.low() + ", " + energyMotor.high() + "]");
        }
    }

    private static void checkGovernor(List<String> out, GovernorSpec g) {
        if (g == null) {
            out.add("governor: missing");
            return;
        }
        requirePv(out, "governor.pvPrefix", g.pvPrefix());
        if (g.states() == null || g.states().isEmpty()) {
            out.add("governor.states: missing");
            return;
        }
        if (g.initialState() == null || !g.states().contains(g.initialState())) {
            out.add("governor.initialState: " + g.initialState() + " is not one of governor.states " + g.states());
        }
        if (g.transitions() == null) {
            out.add("governor.transitions: missing");
        } else {
            for (Map.Entry<String, List<String>> e : g.transitions().entrySet()) {
                String key = "governor.transitions." + e.getKey();
                if (!g.states().contains(e.getKey())) {
                    out.add(key + ": unknown state " + e.getKey());
                }
                for (String to : e.getValue() == null ? List.<String>of() : e.getValue()) {
                    if (!g.states().contains(to)) {
                        out.add(key + ": unknown target state " + to);
                    }
                }
            }
        }
        if (g.transitionSeconds() == null || g.transitionSeconds() < 0) {
            out.add("governor.transitionSeconds: must be >= 0, was " + g.transitionSeconds());
        }
    }

    private static void checkDewar(List<String> out, DewarSpec d) {
        if (d == null) {
            out.add("dewar: missing");
            return;
        }
        requirePositive(out, "dewar.sectors", d.sectors());
        requirePositive(out, "dewar.pucksPerSector", d.pucksPerSector());
        requirePositive(out, "dewar.pinsPerPuck", d.pinsPerPuck());
        if (d.pucksPerSector() != null && d.pucksPerSector() > 26) {
            out.add("dewar.pucksPerSector: at most 26 (slots are lettered), was " + d.pucksPerSector());
        }
    }

    private static void requireText(List<String> out, String key, String value) {
        if (value == null || value.isBlank()) {
            out.add(key + ": missing");
        }
    }

    private static void requirePv(List<String> out, String key, String value) {
        if (value == null || value.isBlank()) {
            out.add(key + ": missing");
        } else if (!PV_NAME.matcher(value).matches()) {
            out.add(key + ": PV name '" + value + "' contains white space");
        }
    }

    private static void requireNumber(List<String> out, String key, Number value) {
        if (value == null) {
            out.add(key + ": missing");
        } else if (Double.isNaN(value.doubleValue()) || Double.isInfinite(value.doubleValue())) {
            out.add(key + ": not a finite number");
        }
    }

    private static void requirePositive(List<String> out, String key, Number value) {
        if (value == null) {
            out.add(key + ": missing");
        } else if (!(value.doubleValue() > 0) || Double.isInfinite(value.doubleValue())) {
            out.add(key + ": must be > 0, was " + value);
        }
    }
}
