package org.lsdcfx.mxtools.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything the daq server reaches by PV on one beamline, plus the beamline's fixed facts. Immutable; obtained
 * from {@link Profiles#load(String)} (validated) or {@link SimProfile}. Descriptor names are LSDC's (see
 * {@link Descriptors}).
 *
 * @param name                   profile name, upper case: AMX, FMX, NYX, SIM
 * @param description            one line for humans
 * @param commPrefix             prefix of the comm PVs the daq server hosts (LSDC {@code beamlineComm})
 * @param pvs                    control-PV descriptor to PV name
 * @param motors                 motor descriptor to motor spec
 * @param detector               the area detector
 * @param cameras                camera key ({@code lowMag}, {@code highMag}) to camera spec
 * @param energyRange            deliverable photon energies, eV
 * @param governor               governor PVs, states and allowed transitions
 * @param dewar                  dewar geometry
 * @param staffUsers             user names with staff rights by default
 * @param detectorSafeDistanceMm detector distance (mm) beyond which LSDC moves the governor's detector "out"
 * @param extra                  free-form site properties
 */
public record BeamlineProfile(String name, String description, String commPrefix, Map<String, String> pvs,
                              Map<String, MotorSpec> motors, DetectorSpec detector, Map<String, CameraSpec> cameras,
                              EnergyRange energyRange, GovernorSpec governor, DewarSpec dewar,
                              List<String> staffUsers, Double detectorSafeDistanceMm, Map<String, String> extra) {

    public BeamlineProfile {
        pvs = frozen(pvs);
        motors = frozen(motors);
        cameras = frozen(cameras);
        staffUsers = staffUsers == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(staffUsers));
        extra = frozen(extra);
    }

    // Keeps the file's order (readable listings) and tolerates null values, which the validator reports by key.
    private static <V> Map<String, V> frozen(Map<String, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** PV name of a control descriptor; a {@link ProfileException} naming the key if the profile lacks it. */
    public String pv(String descriptor) {
        String pv = pvs.get(descriptor);
        if (pv == null) {
            throw new ProfileException("profile " + name + ": no PV for descriptor pvs." + descriptor);
        }
        return pv;
    }

    /** Motor spec of a motor descriptor; a {@link ProfileException} naming the key if the profile lacks it. */
    public MotorSpec motor(String descriptor) {
        MotorSpec spec = motors.get(descriptor);
        if (spec == null) {
            throw new ProfileException("profile " + name + ": no motor motors." + descriptor);
        }
        return spec;
    }

    /** Camera spec by key; a {@link ProfileException} naming the key if the profile lacks it. */
    public CameraSpec camera(String key) {
        CameraSpec spec = cameras.get(key);
        if (spec == null) {
            throw new ProfileException("profile " + name + ": no camera cameras." + key);
        }
        return spec;
    }

    public Optional<String> extra(String key) {
        return Optional.ofNullable(extra.get(key));
    }

    /**
     * The same profile with every PV name and PV prefix (control PVs, motors, detector, cameras, governor, comm
     * prefix) passed through {@code rename}. Used to move the SIM profile to an isolated prefix.
     */
    public BeamlineProfile mapPvNames(UnaryOperator<String> rename) {
        Map<String, String> newPvs = new LinkedHashMap<>();
        pvs.forEach((k, v) -> newPvs.put(k, rename.apply(v)));
        Map<String, MotorSpec> newMotors = new LinkedHashMap<>();
        motors.forEach((k, m) -> newMotors.put(k, m.withPv(rename.apply(m.pv()))));
        Map<String, CameraSpec> newCameras = new LinkedHashMap<>();
        cameras.forEach((k, c) -> newCameras.put(k, c.withPvPrefix(rename.apply(c.pvPrefix()))));
        return new BeamlineProfile(name, description, rename.apply(commPrefix), newPvs, newMotors,
                detector.withPvPrefix(rename.apply(detector.pvPrefix())), newCameras, energyRange,
                governor.withPvPrefix(rename.apply(governor.pvPrefix())), dewar, staffUsers, detectorSafeDistanceMm,
                extra);
    }
}
