package org.lsdcfx.sim.device;

import org.lsdcfx.mxtools.profile.DetectorSpec;
import org.lsdcfx.sim.detector.FrameGenerator;
import org.lsdcfx.sim.detector.FrameSink;
import org.lsdcfx.sim.detector.SeriesSpec;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.DoubleSupplier;
import java.util.regex.Pattern;

/**
 * An Eiger with its file writer, in internal-series trigger mode: write the series parameters, {@code cam1:Acquire}
 * = 1 arms (state Armed, files opened through the {@link FrameSink}), {@code cam1:Trigger} = 1 starts the series,
 * frames are produced every {@code AcquirePeriod} (simulated time) and written, {@code NumImagesCounter_RBV}
 * counts them; after the last one the files are closed, Acquire returns to 0 and the state to Idle.
 * {@code Acquire} = 0 disarms at any time (files closed as "aborted"). Arming fails into state Error with a
 * message (files exist, directory outside the data root, bad timing). Confined to the simulator thread.
 */
public final class SimDetector implements SimDevice {
    private static final Logger LOG = LoggerFactory.getLogger(SimDetector.class);
    private static final int MAX_FRAMES_PER_TICK = 50;
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final DetectorSpec spec;
    private final Path dataRoot;
    private final FrameSink sink;
    private final FrameGenerator frames;
    private final DoubleSupplier beamFactor;
    private final SimPv<Integer> numImages;
    private final SimPv<Double> acquireTime;
    private final SimPv<Double> acquirePeriod;
    private final SimPv<String> filePath;
    private final SimPv<String> namePattern;
    private final SimPv<Integer> imagesPerFile;
    private final SimPv<Double> photonEnergy;
    private final SimPv<Double> detDist;
    private final SimPv<Double> omegaStart;
    private final SimPv<Double> omegaIncr;
    private final SimPv<Integer> acquire;
    private final SimPv<String> state;
    private final SimPv<Integer> counter;
    private final SimPv<String> message;
    private FrameSink.SeriesWriter writer;
    private SeriesSpec series;
    private boolean acquiring;
    private double elapsed;
    private int written;

    /**
     * @param dataRoot   the file writer's file system: series directories must lie inside it
     * @param beamFactor relative photons on the sample (ring × transmission × shutter), scales frame signal
     */
    public SimDetector(PvHost host, DetectorSpec spec, Path dataRoot, FrameSink sink, FrameGenerator frames,
                       DoubleSupplier beamFactor) {
        this.spec = spec;
        this.dataRoot = dataRoot.toAbsolutePath().normalize();
        this.sink = sink;
        this.frames = frames;
        this.beamFactor = beamFactor;
        String p = spec.pvPrefix();
        numImages = param(host, p + "cam1:NumImages", PvType.INT, 1, "", "images in the series");
        acquireTime = param(host, p + "cam1:AcquireTime", PvType.DOUBLE, 0.1, "s", "exposure time per image");
        acquirePeriod = param(host, p + "cam1:AcquirePeriod", PvType.DOUBLE, 0.1, "s", "time between images");
        filePath = param(host, p + "cam1:FilePath", PvType.STRING, this.dataRoot.toString(), "",
                "directory for the files (inside the data root)");
        namePattern = param(host, p + "cam1:FWNamePattern", PvType.STRING, "series", "", "file-name prefix");
        imagesPerFile = param(host, p + "cam1:FWNImagesPerFile", PvType.INT, spec.framesPerDataFile(), "",
                "frames per data file");
        photonEnergy = param(host, p + "cam1:PhotonEnergy", PvType.DOUBLE, 12658.0, "eV", "photon energy (header)");
        detDist = param(host, p + "cam1:DetDist", PvType.DOUBLE, 300.0, "mm", "detector distance (header)");
        omegaStart = param(host, p + "cam1:OmegaStart", PvType.DOUBLE, 0.0, "deg", "omega of the first image");
        omegaIncr = param(host, p + "cam1:OmegaIncr", PvType.DOUBLE, 0.0, "deg", "omega step per image");
        param(host, p + "cam1:TriggerMode", PvType.INT, 0, "", "trigger mode (only 0, internal series, simulated)");
        acquire = host.writable(p + "cam1:Acquire", PvType.INT, 0, "", "1 arms, 0 disarms", this::acquireWritten);
        host.writable(p + "cam1:Trigger", PvType.INT, 0, "", "software trigger (write 1) starts the armed series",
                v -> {
                    trigger();
                    return v;
                });
        state = host.readOnly(p + "cam1:DetectorState_RBV", PvType.STRING, "Idle", "",
                "Idle, Armed, Acquiring or Error");
        counter = host.readOnly(p + "cam1:NumImagesCounter_RBV", PvType.INT, 0, "",
                "frames of the current series written to files");
        message = host.readOnly(p + "cam1:StatusMessage_RBV", PvType.STRING, "", "", "last error, empty when fine");
    }

    private <T> SimPv<T> param(PvHost host, String name, PvType<T> type, T initial, String units, String what) {
        return host.writable(name, type, initial, units, what, v -> {
            if (!"Idle".equals(state.get()) && !"Error".equals(state.get())) {
                throw new IllegalStateException("cannot change " + name + " while " + state.get());
            }
            if (name.endsWith("TriggerMode") && !Integer.valueOf(0).equals(v)) {
                throw new IllegalArgumentException("only trigger mode 0 (internal series) is simulated");
            }
            return v;
        });
    }

    private Integer acquireWritten(Integer v) {
        if (v == 1) {
            if (!"Idle".equals(state.get()) && !"Error".equals(state.get())) {
                throw new IllegalStateException("already " + state.get());
            }
            return arm() ? 1 : 0;
        }
        if (v == 0) {
            disarm("disarmed");
            return 0;
        }
        throw new IllegalArgumentException("Acquire must be 0 or 1, was " + v);
    }

    private boolean arm() {
        String problem = checkSeries();
        if (problem == null) {
            SeriesSpec s = new SeriesSpec(Path.of(filePath.get()).toAbsolutePath().normalize(), namePattern.get(),
                    numImages.get(), imagesPerFile.get(), acquireTime.get(), acquirePeriod.get(),
                    photonEnergy.get(), detDist.get(), omegaStart.get(), omegaIncr.get(), spec, Instant.now());
            try {
                writer = sink.open(s);
                series = s;
            } catch (IOException | RuntimeException e) {
                problem = "cannot open files: " + e.getMessage();
            }
        }
        if (problem != null) {
            LOG.info("arm refused: {}", problem);
            message.publish(problem);
            state.set("Error");
            return false;
        }
        written = 0;
        elapsed = 0;
        counter.publish(0);
        message.set("");
        state.set("Armed");
        return true;
    }

    private String checkSeries() {
        Path dir = Path.of(filePath.get()).toAbsolutePath().normalize();
        if (!dir.startsWith(dataRoot)) {
            return "directory " + dir + " is outside the data root " + dataRoot;
        }
        if (!PREFIX.matcher(namePattern.get()).matches()) {
            return "bad file-name prefix '" + namePattern.get() + "'";
        }
        if (numImages.get() < 1) {
            return "NumImages must be >= 1";
        }
        if (imagesPerFile.get() < 1) {
            return "FWNImagesPerFile must be >= 1";
        }
        if (!(acquireTime.get() > 0) || acquirePeriod.get() < acquireTime.get()) {
            return "need 0 < AcquireTime <= AcquirePeriod";
        }
        if (1.0 / acquirePeriod.get() > spec.maxFrameRateHz()) {
            return "frame rate " + 1.0 / acquirePeriod.get() + " Hz above " + spec.maxFrameRateHz() + " Hz";
        }
        return null;
    }

    private void trigger() {
        if (!"Armed".equals(state.get())) {
            throw new IllegalStateException("cannot trigger while " + state.get());
        }
        acquiring = true;
        state.set("Acquiring");
    }

    private void disarm(String why) {
        if (writer != null) {
            finishSeries(false, why + " after " + written + " of " + series.images() + " frames");
        } else if ("Error".equals(state.get())) {
            state.set("Idle");
        }
    }

    private void finishSeries(boolean complete, String note) {
        acquiring = false;
        try {
            writer.finish(written, complete);
            message.set(complete ? "" : note);
            state.set("Idle");
        } catch (IOException e) {
            message.publish("cannot close files: " + e.getMessage());
            state.set("Error");
        }
        writer = null;
        acquire.set(0);
    }

    @Override
    public void tick(double dtSim) {
        if (!acquiring) {
            return;
        }
        elapsed += dtSim;
        int due = elapsed < series.exposureTime() ? 0
                : Math.min(series.images(), (int) Math.floor((elapsed - series.exposureTime()) / series.period()) + 1);
        try {
            double intensity = beamFactor.getAsDouble();
            // Bounded work per tick keeps the simulator thread responsive (a disarm must not wait behind a
            // backlog of frames on a loaded machine); a lagging detector catches up over the next ticks.
            int limit = written + MAX_FRAMES_PER_TICK;
            while (written < due && written < limit) {
                int n = written + 1;
                writer.write(frames.frame(n, series.omegaStart() + (n - 1) * series.omegaIncrement(), intensity));
                written = n;
            }
        } catch (IOException e) {
            LOG.warn("frame write failed: {}", e.getMessage());
            acquiring = false;
            try {
                writer.finish(written, false);
            } catch (IOException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            message.publish("frame write failed: " + e.getMessage());
            state.set("Error");
            acquire.set(0);
            writer = null;
            return;
        } finally {
            counter.set(written);
        }
        if (written == series.images()) {
            finishSeries(true, "");
        }
    }

    public String state() {
        return state.get();
    }

    public int framesWritten() {
        return written;
    }
}
