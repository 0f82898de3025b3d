package org.lsdcfx.device.detector;

import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.pva.ChannelSet;
import org.lsdcfx.device.pva.PvChannel;
import org.lsdcfx.device.pva.PvValues;
import org.lsdcfx.device.pva.Waits;
import org.lsdcfx.mxtools.profile.DetectorSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@link Detector} over the Eiger areaDetector driver's PVs under {@code spec.pvPrefix()}: {@code cam1:NumImages},
 * {@code AcquireTime}, {@code AcquirePeriod}, {@code FilePath}, {@code FWNamePattern}, {@code FWNImagesPerFile},
 * {@code PhotonEnergy}, {@code DetDist}, {@code OmegaStart}, {@code OmegaIncr}, {@code TriggerMode} (0 = internal
 * series), {@code Acquire} (1 arm, 0 disarm), {@code Trigger}, {@code DetectorState_RBV},
 * {@code NumImagesCounter_RBV}, {@code StatusMessage_RBV}.
 */
public final class EigerDetector implements Detector, AutoCloseable {
    /** PV suffixes under the detector prefix (the simulator hosts the same). */
    public static final String NUM_IMAGES = "cam1:NumImages";
    public static final String ACQUIRE_TIME = "cam1:AcquireTime";
    public static final String ACQUIRE_PERIOD = "cam1:AcquirePeriod";
    public static final String FILE_PATH = "cam1:FilePath";
    public static final String NAME_PATTERN = "cam1:FWNamePattern";
    public static final String IMAGES_PER_FILE = "cam1:FWNImagesPerFile";
    public static final String PHOTON_ENERGY = "cam1:PhotonEnergy";
    public static final String DET_DIST = "cam1:DetDist";
    public static final String OMEGA_START = "cam1:OmegaStart";
    public static final String OMEGA_INCR = "cam1:OmegaIncr";
    public static final String TRIGGER_MODE = "cam1:TriggerMode";
    public static final String ACQUIRE = "cam1:Acquire";
    public static final String TRIGGER = "cam1:Trigger";
    public static final String STATE = "cam1:DetectorState_RBV";
    public static final String FRAMES_WRITTEN = "cam1:NumImagesCounter_RBV";
    public static final String STATUS_MESSAGE = "cam1:StatusMessage_RBV";
    /** Every suffix, for listings. */
    public static final List<String> ALL = List.of(NUM_IMAGES, ACQUIRE_TIME, ACQUIRE_PERIOD, FILE_PATH, NAME_PATTERN,
            IMAGES_PER_FILE, PHOTON_ENERGY, DET_DIST, OMEGA_START, OMEGA_INCR, TRIGGER_MODE, ACQUIRE, TRIGGER, STATE,
            FRAMES_WRITTEN, STATUS_MESSAGE);

    private static final Logger LOG = LoggerFactory.getLogger(EigerDetector.class);
    private static final String DEVICE = "detector";
    private static final Duration DISARM_TIMEOUT = Duration.ofSeconds(2);

    private final DetectorSpec spec;
    private final PvChannel numImages;
    private final PvChannel acquireTime;
    private final PvChannel acquirePeriod;
    private final PvChannel filePath;
    private final PvChannel namePattern;
    private final PvChannel imagesPerFile;
    private final PvChannel photonEnergy;
    private final PvChannel detDist;
    private final PvChannel omegaStart;
    private final PvChannel omegaIncr;
    private final PvChannel triggerMode;
    private final PvChannel acquire;
    private final PvChannel trigger;
    private final PvChannel state;
    private final PvChannel framesWritten;
    private final PvChannel statusMessage;

    public EigerDetector(ChannelSet channels, DetectorSpec spec) {
        this.spec = spec;
        String p = spec.pvPrefix();
        numImages = channels.onDemand(DEVICE, p + NUM_IMAGES);
        acquireTime = channels.onDemand(DEVICE, p + ACQUIRE_TIME);
        acquirePeriod = channels.onDemand(DEVICE, p + ACQUIRE_PERIOD);
        filePath = channels.onDemand(DEVICE, p + FILE_PATH);
        namePattern = channels.onDemand(DEVICE, p + NAME_PATTERN);
        imagesPerFile = channels.onDemand(DEVICE, p + IMAGES_PER_FILE);
        photonEnergy = channels.onDemand(DEVICE, p + PHOTON_ENERGY);
        detDist = channels.onDemand(DEVICE, p + DET_DIST);
        omegaStart = channels.onDemand(DEVICE, p + OMEGA_START);
        omegaIncr = channels.onDemand(DEVICE, p + OMEGA_INCR);
        triggerMode = channels.onDemand(DEVICE, p + TRIGGER_MODE);
        acquire = channels.onDemand(DEVICE, p + ACQUIRE);
        trigger = channels.onDemand(DEVICE, p + TRIGGER);
        state = channels.monitored(DEVICE, p + STATE);
        framesWritten = channels.monitored(DEVICE, p + FRAMES_WRITTEN);
        statusMessage = channels.monitored(DEVICE, p + STATUS_MESSAGE);
    }

    @Override
    public DetectorSpec spec() {
        return spec;
    }

    @Override
    public void arm(ArmRequest r, Duration timeout) {
        if (1.0 / r.period() > spec.maxFrameRateHz()) {
            throw new DeviceException(DEVICE, spec.pvPrefix() + ACQUIRE_PERIOD, Fault.REFUSED, "period " + r.period()
                    + " s is faster than the " + spec.model() + " maximum of " + spec.maxFrameRateHz() + " Hz");
        }
        long deadline = Waits.deadline(timeout);
        DetectorState now = DetectorState.fromLabel(PvValues.asString(state.read(Waits.remaining(deadline))));
        if (now.isArmed()) {
            throw new DeviceException(DEVICE, state.name(), Fault.REFUSED, "already " + now.label()
                    + "; disarm first");
        }
        LOG.info("arming {}: {} images, {} s period, {}/{}", spec.model(), r.images(), r.period(), r.directory(),
                r.filePrefix());
        triggerMode.put(0);
        numImages.put(r.images());
        acquireTime.put(r.exposureTime());
        acquirePeriod.put(r.period());
        filePath.put(r.directory());
        namePattern.put(r.filePrefix());
        imagesPerFile.put(r.framesPerFile() > 0 ? r.framesPerFile() : spec.framesPerDataFile());
        if (Double.isFinite(r.photonEnergyEv())) {
            photonEnergy.put(r.photonEnergyEv());
        }
        if (Double.isFinite(r.detectorDistanceMm())) {
            detDist.put(r.detectorDistanceMm());
        }
        omegaStart.put(r.omegaStart());
        omegaIncr.put(r.omegaIncrement());
        // A real Eiger confirms the Acquire put only when the series ends: do not wait for the confirmation. An
        // Error state only counts once the put was confirmed, so a stale Error from an earlier arm is not mistaken
        // for this one (the await re-reads the state periodically, so it sees the confirmation in time).
        CompletableFuture<Void> armPut = acquire.putAsync(1);
        String reached = PvValues.asString(state.await(s -> {
            DetectorState d = DetectorState.fromLabel(PvValues.asString(s));
            return d.isArmed() || d == DetectorState.ERROR && armPut.isDone();
        }, Waits.remaining(deadline), "state Armed"));
        if (armPut.isCompletedExceptionally()) {
            Waits.await(armPut, deadline, DEVICE, acquire.name(), "arm");
        }
        if (DetectorState.fromLabel(reached) == DetectorState.ERROR) {
            throw new DeviceException(DEVICE, acquire.name(), Fault.FAILED, "arm failed: "
                    + PvValues.asString(statusMessage.read(Waits.remaining(deadline))));
        }
    }

    @Override
    public void trigger(Duration timeout) {
        long deadline = Waits.deadline(timeout);
        DetectorState now = DetectorState.fromLabel(PvValues.asString(state.read(Waits.remaining(deadline))));
        if (now != DetectorState.ARMED) {
            throw new DeviceException(DEVICE, trigger.name(), Fault.REFUSED, "cannot trigger while "
                    + now.label());
        }
        trigger.put(1, Waits.remaining(deadline));
    }

    @Override
    public DetectorStatus status() {
        return new DetectorStatus(DetectorState.fromLabel(state.getString()), framesWritten.getInt(),
                statusMessage.getString());
    }

    @Override
    public long framesWritten() {
        return framesWritten.getInt();
    }

    @Override
    public DetectorStatus awaitFrames(long frames, Duration timeout) {
        framesWritten.await(s -> PvValues.asDouble(s) >= frames, timeout, frames + " frames written");
        return status();
    }

    @Override
    public DetectorStatus awaitIdle(Duration timeout) {
        String reached = PvValues.asString(state.await(s -> {
            DetectorState d = DetectorState.fromLabel(PvValues.asString(s));
            return d == DetectorState.IDLE || d == DetectorState.ERROR;
        }, timeout, "state Idle"));
        if (DetectorState.fromLabel(reached) == DetectorState.ERROR) {
            throw new DeviceException(DEVICE, state.name(), Fault.FAILED, "series failed: "
                    + statusMessage.getString());
        }
        return status();
    }

    @Override
    public void disarm() {
        LOG.info("disarm {}", spec.model());
        acquire.put(0, DISARM_TIMEOUT);
    }

    @Override
    public void close() {
        for (PvChannel c : List.of(numImages, acquireTime, acquirePeriod, filePath, namePattern, imagesPerFile,
                photonEnergy, detDist, omegaStart, omegaIncr, triggerMode, acquire, trigger, state, framesWritten,
                statusMessage)) {
            c.close();
        }
    }
}
