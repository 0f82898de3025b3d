package org.lsdcfx.daq.sample;

import java.time.Duration;
import java.util.Optional;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.amostra.SampleLocation;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.model.MountedSample;
import org.lsdcfx.daq.comm.StatusBoard;
import org.lsdcfx.daq.config.BeamlineSettings;
import org.lsdcfx.daq.beamline.BeamlineAccess;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.governor.Governor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mounting and unmounting with the robot, and the bookkeeping LSDC keeps about it: conftrak {@code mountedSample}
 * and the {@code mounted_pin} PV ("uid,state" with cm = mounting, m = mounted, fm = mount failed,
 * cu = unmounting, fu = unmount failed). The governor goes to SE for the robot and back to SA after a mount.
 * Called on the serial command thread only (one robot action at a time).
 */
public final class SampleMounter {
    public static final String SAMPLE_EXCHANGE = "SE";
    public static final String SAMPLE_ALIGNMENT = "SA";
    private static final Logger log = LoggerFactory.getLogger(SampleMounter.class);

    private final Amostra amostra;
    private final Conftrak conftrak;
    private final BeamlineAccess beamline;
    private final BeamlineSettings settings;
    private final StatusBoard status;
    private final Duration robotTimeout;
    private final Duration governorTimeout;

    public SampleMounter(Amostra amostra, Conftrak conftrak, BeamlineAccess beamline, BeamlineSettings settings,
                         StatusBoard status, Duration robotTimeout, Duration governorTimeout) {
        this.amostra = amostra;
        this.conftrak = conftrak;
        this.beamline = beamline;
        this.settings = settings;
        this.status = status;
        this.robotTimeout = robotTimeout;
        this.governorTimeout = governorTimeout;
    }

    /** The uid of the sample on the goniometer according to conftrak, if any. */
    public Optional<String> mountedSampleUid() {
        MountedSample m = conftrak.mountedSample();
        return m.isMounted() ? Optional.of(m.sampleID()) : Optional.empty();
    }

    /** Publishes conftrak's mounted sample on {@code mounted_pin} (at start-up). */
    public void publishMounted() {
        status.mountedPin(mountedSampleUid().orElse(""), "m");
    }

    /**
     * Mounts a sample of the primary dewar.
     *
     * @return what happened
     * @throws Exception with the reason (mounting disabled, unknown sample, not in the dewar, robot error)
     */
    public String mount(String sampleUid, String who) throws Exception {
        if (!settings.mountingEnabled()) {
            throw new IllegalStateException("mounting is disabled (conftrak robot_online or mountEnabled is off); ask staff");
        }
        Sample sample = amostra.samples().find(sampleUid).filter(Sample::isActive)
                .orElseThrow(() -> new IllegalArgumentException("there is no sample " + sampleUid));
        String dewar = settings.primaryDewarName();
        SampleLocation where = amostra.containers().coordinatesOf(dewar, sampleUid)
                .orElseThrow(() -> new IllegalArgumentException("sample " + sample.name() + " is not in dewar " + dewar));
        if (mountedSampleUid().filter(sampleUid::equals).isPresent()) {
            return sample.name() + " is already mounted";
        }
        Beamline b = beamline.require();
        status.mountedPin(sampleUid, "cm");
        try {
            moveGovernor(b.governor(), SAMPLE_EXCHANGE);
            b.robot().mount(where.slotLabel(), where.pin(), sampleUid, robotTimeout);
        } catch (DeviceException e) {
            status.mountedPin(sampleUid, "fm");
            throw new IllegalStateException("mounting " + sample.name() + " from " + where.slotLabel() + ":" + where.pin()
                    + " failed: " + e.getMessage(), e);
        }
        conftrak.setMountedSample(new MountedSample(where.slotIndex(), where.pinIndex(), sampleUid), who);
        status.mountedPin(sampleUid, "m");
        status.queueChanged();
        log.info("{} mounted {} ({}:{}) for {}", sampleUid, sample.name(), where.slotLabel(), where.pin(), who);
        moveGovernor(b.governor(), SAMPLE_ALIGNMENT);
        return "mounted " + sample.name() + " from " + where.slotLabel() + ":" + where.pin();
    }

    /**
     * Unmounts the sample on the goniometer into the dewar. LSDC's cold unmount also parks the gripper cold;
     * the robot interface has one unmount, so the two differ only in what is reported.
     */
    public String unmount(boolean cold, String who) throws Exception {
        Beamline b = beamline.require();
        String uid = mountedSampleUid().orElse("");
        if (uid.isEmpty() && !b.robot().status().hasMounted()) {
            return "nothing is mounted";
        }
        status.mountedPin(uid, "cu");
        try {
            moveGovernor(b.governor(), SAMPLE_EXCHANGE);
            b.robot().unmount(robotTimeout);
        } catch (DeviceException e) {
            status.mountedPin(uid, "fu");
            throw new IllegalStateException("unmounting failed: " + e.getMessage(), e);
        }
        conftrak.setMountedSample(MountedSample.NONE, who);
        status.mountedPin("", "");
        status.queueChanged();
        log.info("Unmounted {} ({}) for {}", uid, cold ? "cold" : "warm", who);
        return (cold ? "unmounted cold " : "unmounted ") + (uid.isEmpty() ? "the pin" : uid);
    }

    /** Forgets the mounted sample without moving anything (after staff recovered the robot by hand). */
    public String clearMounted(String who) {
        String uid = mountedSampleUid().orElse("");
        conftrak.setMountedSample(MountedSample.NONE, who);
        status.mountedPin("", "");
        status.queueChanged();
        return uid.isEmpty() ? "no sample was recorded as mounted" : "cleared mounted sample " + uid;
    }

    private void moveGovernor(Governor governor, String target) {
        if (!governor.state().equals(target) && governor.canReach(target)) {
            governor.transitionTo(target, governorTimeout);
        }
    }
}
