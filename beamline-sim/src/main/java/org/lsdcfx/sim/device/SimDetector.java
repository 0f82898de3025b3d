package org.lsdcfx.sim.device;

import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.mxtools.profile.DetectorSpec;
import org.lsdcfx.sim.detector.DetectorFrame;
import org.lsdcfx.sim.detector.DiffractionModel;
import org.lsdcfx.sim.detector.FrameFactory;
import org.lsdcfx.sim.detector.FrameSink;
import org.lsdcfx.sim.detector.Illumination;
import org.lsdcfx.sim.detector.SeriesSpec;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * An Eiger with its file writer, in internal-series trigger mode: write the series parameters, {@code cam1:Acquire}
 * = 1 arms (state Armed, files opened through the {@link FrameSink}), {@code cam1:Trigger} = 1 starts the series,
 * frames are due every {@code AcquirePeriod} (simulated time) and written, {@code NumImagesCounter_RBV} counts them;
 * after the last one the files are closed, Acquire returns to 0 and the state to Idle. {@code Acquire} = 0 disarms
 * at any time (files closed as aborted). Arming fails into state Error with a message (files exist, directory outside
 * the data root, bad timing or header). Confined to the simulator thread.
 *
 * <p>Each frame shows what the beam met halfway through its exposure: the goniometer pose is interpolated between
 * the two physics ticks around that moment (motors move linearly within a tick), with the sample, beam size and beam
 * intensity of the tick that made the frame due. The pixels are drawn by the {@link FrameFactory} off this thread and
 * written here, in order, as they become ready; a detector whose frames take long to draw lags, as a real file writer
 * does, and catches up. The physics uses the real detector distance and energy at arming; the header (and so the
 * files' geometry) uses {@code cam1:DetDist} and {@code cam1:PhotonEnergy}, as on a real beamline.
 */
public final class SimDetector implements SimDevice {
    private static final Logger LOG = LoggerFactory.getLogger(SimDetector.class);
    private static final int MAX_WRITES_PER_TICK = 50;
    private static final long WRITE_BUDGET_NANOS = 20_000_000L;
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.\\-]+");

    private final DetectorSpec spec;
    private final Path dataRoot;
    private final FrameSink sink;
    private final FrameFactory frames;
    private final Supplier<Illumination> illumination;
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
    private final Deque<Future<DetectorFrame>> drawing = new ArrayDeque<>();
    private FrameSink.SeriesWriter writer;
    private SeriesSpec series;
    private DiffractionModel model;
    private int seriesNumber;
    private boolean acquiring;
    private double elapsed;
    private Illumination lastLight;
    private int submitted;
    private int written;

    /**
     * @param dataRoot     the file writer's file system: series directories must lie inside it
     * @param frames       draws the frames
     * @param illumination what the beam meets now (goniometer, sample, beam size, intensity); read every tick
     */
    public SimDetector(PvHost host, DetectorSpec spec, Path dataRoot, FrameSink sink, FrameFactory frames,
                       Supplier<Illumination> illumination) {
        this.spec = spec;
        this.dataRoot = dataRoot.toAbsolutePath().normalize();
        this.sink = sink;
        this.frames = frames;
        this.illumination = illumination;
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
        // Beam centre as set by staff (set_beamcenter); kept for the header like the Eiger's, frames use their own.
        param(host, p + "cam1:BeamX", PvType.DOUBLE, spec.nx() / 2.0, "pixel", "beam centre x (header)");
        param(host, p + "cam1:BeamY", PvType.DOUBLE, spec.ny() / 2.0, "pixel", "beam centre y (header)");
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
            DetectorGeometry header = frames.geometry(detDist.get(), photonEnergy.get());
            SeriesSpec s = new SeriesSpec(Path.of(filePath.get()).toAbsolutePath().normalize(), namePattern.get(),
                    numImages.get(), imagesPerFile.get(), acquireTime.get(), acquirePeriod.get(),
                    photonEnergy.get(), detDist.get(), omegaStart.get(), omegaIncr.get(), spec, header,
                    Instant.now());
            try {
                writer = sink.open(s);
                series = s;
                model = frames.modelForSeries();
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
        seriesNumber++;
        written = 0;
        submitted = 0;
        elapsed = 0;
        lastLight = null;
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
        if (!(detDist.get() > 0) || !(photonEnergy.get() > 0) || detDist.get().isInfinite()
                || photonEnergy.get().isInfinite()) {
            return "need DetDist > 0 mm and PhotonEnergy > 0 eV for the header";
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
            endSeries(false, why + " after " + written + " of " + series.images() + " frames", null);
        } else if ("Error".equals(state.get())) {
            state.set("Idle");
        }
    }

    /**
     * Closes the files and returns to Idle, or to Error with {@code failure} (when not null) or when closing fails.
     */
    private void endSeries(boolean complete, String reason, String failure) {
        acquiring = false;
        drawing.forEach(f -> f.cancel(false));
        drawing.clear();
        FrameSink.SeriesWriter w = writer;
        writer = null;
        String problem = failure;
        try {
            if (complete) {
                w.complete(written);
            } else {
                w.abort(written, reason);
            }
        } catch (IOException | RuntimeException e) {
            problem = (problem == null ? "" : problem + "; ") + "cannot close files: " + e.getMessage();
        }
        if (problem == null) {
            message.set(reason);
            state.set("Idle");
        } else {
            message.publish(problem);
            state.set("Error");
        }
        acquire.set(0);
    }

    @Override
    public void tick(double dtSim) {
        if (!acquiring) {
            return;
        }
        submitDueFrames(dtSim);
        try {
            writeReadyFrames();
        } catch (IOException | ExecutionException | RuntimeException e) {
            String why = e instanceof ExecutionException ? "frame synthesis failed: " + e.getCause()
                    : "frame write failed: " + e.getMessage();
            LOG.warn("{} ({} of {} frames written)", why, written, series.images());
            counter.set(written);
            endSeries(false, why, why);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        counter.set(written);
        if (written == series.images()) {
            endSeries(true, "", null);
        }
    }

    private void submitDueFrames(double dtSim) {
        Illumination now = illumination.get();
        Illumination before = lastLight == null ? now : lastLight;
        double from = elapsed;
        elapsed += dtSim;
        lastLight = now;
        int due = elapsed < series.exposureTime() ? 0
                : Math.min(series.images(),
                (int) Math.floor((elapsed - series.exposureTime()) / series.period()) + 1);
        while (submitted < due) {
            int n = submitted + 1;
            double midExposure = (n - 1) * series.period() + series.exposureTime() / 2;
            double f = elapsed > from ? Math.max(0, Math.min(1, (midExposure - from) / (elapsed - from))) : 1;
            Illumination light = new Illumination(before.pose().towards(now.pose(), f), now.sample(), now.beam(),
                    now.intensity());
            drawing.add(frames.submit(model, seriesNumber, n, series.omegaStart() + (n - 1) * series.omegaIncrement(),
                    light));
            submitted = n;
        }
    }

    /** Writes the frames drawn so far, in order, within a bounded share of this tick. */
    private void writeReadyFrames() throws IOException, ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + WRITE_BUDGET_NANOS;
        int n = 0;
        while (!drawing.isEmpty() && drawing.peek().isDone() && n < MAX_WRITES_PER_TICK
                && System.nanoTime() < deadline) {
            writer.write(drawing.poll().get());
            written++;
            n++;
        }
    }

    public String state() {
        return state.get();
    }

    public int framesWritten() {
        return written;
    }
}
