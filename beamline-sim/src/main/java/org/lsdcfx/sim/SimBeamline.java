package org.lsdcfx.sim;

import org.epics.pva.server.PVAServer;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.mxtools.profile.MotorSpec;
import org.lsdcfx.sim.detector.FrameFactory;
import org.lsdcfx.sim.detector.Illumination;
import org.lsdcfx.sim.device.SimAttenuator;
import org.lsdcfx.sim.device.SimBeam;
import org.lsdcfx.sim.device.SimCamera;
import org.lsdcfx.sim.device.SimDetector;
import org.lsdcfx.sim.device.SimDevice;
import org.lsdcfx.sim.device.SimGovernor;
import org.lsdcfx.analysis.xrf.EmissionLineTable;
import org.lsdcfx.sim.device.SimMca;
import org.lsdcfx.sim.device.SimMotor;
import org.lsdcfx.sim.device.SimRobot;
import org.lsdcfx.sim.device.SimShutter;
import org.lsdcfx.sim.physics.AbsorptionEdge;
import org.lsdcfx.sim.physics.Noise;
import org.lsdcfx.sim.pv.ControlStatus;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvInfo;
import org.lsdcfx.sim.pv.SimThread;
import org.lsdcfx.sim.sample.GoniometerPose;
import org.lsdcfx.sim.sample.ElementsJson;
import org.lsdcfx.sim.sample.SampleHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * A simulated beamline: hosts every PV of a SIM profile on its own core-pva {@link PVAServer} and gives them physical
 * behaviour (finite-speed motors, a detector writing frame files, shutter, attenuator, monochromator, ring, MCA
 * with a Se K edge, robot, governor, cameras). A PVA client cannot tell it from real IOCs except by the names.
 *
 * <p>A loop with virtual crystals sits on the goniometer ({@link SampleHolder}): detector frames show Bragg spots
 * where the beam hits a crystal at the goniometer's position, and the cameras show the loop and crystals where the
 * goniometer puts them (coordinate convention: {@link GoniometerPose}).
 *
 * <p>The server uses the process's current {@code PVASettings} (ports, interfaces): set them first, e.g. with
 * {@link PvaPorts#applyLoopback()}. All simulated state lives on one thread; see {@link SimThread}.
 */
public final class SimBeamline implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SimBeamline.class);
    private static final Duration TICK = Duration.ofMillis(10);
    private static final Map<String, Double> INITIAL = Map.of(Descriptors.DETECTOR_DIST, 300.0,
            Descriptors.ENERGY, 12700.0);
    private static final int CAMERA_WIDTH = 640;
    private static final int CAMERA_HEIGHT = 512;

    private final SimConfig config;
    private final PVAServer server;
    private final boolean ownsServer;
    private final SimThread sim;
    private final PvHost host;
    private final FrameFactory frames;
    private final SimControls controls;

    private SimBeamline(SimConfig config, PVAServer server, boolean ownsServer, SimThread sim, PvHost host,
                        FrameFactory frames, SimControls controls) {
        this.config = config;
        this.server = server;
        this.ownsServer = ownsServer;
        this.sim = sim;
        this.host = host;
        this.frames = frames;
        this.controls = controls;
    }

    /** Starts its own {@link PVAServer}, creates the PVs and starts the physics. Close to stop serving. */
    public static SimBeamline start(SimConfig config) throws Exception {
        PVAServer server = new PVAServer();
        try {
            return start(config, server, true);
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    /**
     * Hosts the simulated PVs on an existing server (e.g. the one that also serves the daq server's comm PVs in
     * the one-JVM "embedded default"), so that one UDP search port finds everything. Closing the simulator
     * removes its PVs but leaves {@code server} running.
     */
    public static SimBeamline start(SimConfig config, PVAServer server) throws Exception {
        return start(config, server, false);
    }

    private static SimBeamline start(SimConfig config, PVAServer server, boolean ownsServer) throws Exception {
        BeamlineProfile profile = config.profile();
        SimThread sim = new SimThread("sim-" + config.prefix(), config.timeScale(), config.mechanismScale());
        PvHost host = new PvHost(server, sim);
        FrameFactory frames = null;
        try {
            Noise noise = new Noise(config.seed());
            // One status PV for every refused simulator write, the motors' speed writes included.
            ControlStatus status = new ControlStatus(host, config.controlPrefix());
            Map<String, SimMotor> motors = new LinkedHashMap<>();
            profile.motors().forEach((name, spec) -> motors.put(name, new SimMotor(host, status, name, spec,
                    initial(name, spec))));
            SimBeam beam = new SimBeam(host, profile, noise);
            SimShutter shutter = new SimShutter(host, sim, profile);
            SimAttenuator attenuator = new SimAttenuator(host, sim, profile);
            SimGovernor governor = new SimGovernor(host, sim, profile.governor());
            SimRobot robot = new SimRobot(host, sim, profile, governor::state);
            // Photons on the sample, relative to a full unattenuated beam with the shutter open.
            DoubleSupplier onSample = () -> beam.relativeIntensity() * attenuator.transmission()
                    * (shutter.isOpen() ? 1 : 0);
            EmissionLineTable lines = EmissionLineTable.fromClasspath();
            ElementsJson elementsJson = new ElementsJson(lines);
            SampleHolder sample = new SampleHolder(config.sample().withElements(
                    elementsJson.canonical(config.sample().elements())), config.beam());
            new SimMca(host, sim, profile, AbsorptionEdge.SE_K, noise,
                    () -> motors.get(Descriptors.ENERGY).position(), onSample, lines, () -> sample.sample().elements());
            Supplier<GoniometerPose> pose = () -> new GoniometerPose(
                    position(motors, Descriptors.SAMPLE_X) + position(motors, Descriptors.FINE_X),
                    position(motors, Descriptors.SAMPLE_Y) + position(motors, Descriptors.FINE_Y),
                    position(motors, Descriptors.SAMPLE_Z) + position(motors, Descriptors.FINE_Z),
                    position(motors, Descriptors.OMEGA));
            frames = new FrameFactory(config.frameSize(), profile.detector(), config.seed(),
                    () -> position(motors, Descriptors.DETECTOR_DIST), () -> position(motors, Descriptors.ENERGY),
                    "sim-frames-" + config.prefix());
            SimDetector detector = new SimDetector(host, profile.detector(), config.dataRoot(), config.frameSink(),
                    frames, () -> new Illumination(pose.get(), sample.sample(), sample.beam(), onSample.getAsDouble()));
            List<SimDevice> ticking = new ArrayList<>(motors.values());
            ticking.add(beam);
            ticking.add(detector);
            for (String cam : Descriptors.REQUIRED_CAMERAS) {
                ticking.add(new SimCamera(host, cam, profile.camera(cam), CAMERA_WIDTH, CAMERA_HEIGHT, pose,
                        sample::sample));
            }
            SimControls controls = new SimControls(host, sim, config.controlPrefix(), status, beam, robot, motors,
                    sample, elementsJson);
            startTicking(sim, ticking);
            SimBeamline beamline = new SimBeamline(config, server, ownsServer, sim, host, frames, controls);
            LOG.info("simulated beamline {} up: {} PVs, prefix {}, PVA TCP port {}, time scale {}, {} frames to {}, "
                            + "{} crystal(s){}", profile.name(), host.catalogue().size(), config.prefix(),
                    beamline.tcpPort(), config.timeScale(), config.frameSize(), config.frameSink().describe(),
                    config.sample().crystals().size(), config.sample().ice() ? ", ice" : "");
            return beamline;
        } catch (Exception | Error e) {
            sim.close();
            if (frames != null) {
                frames.close();
            }
            host.closeAll();
            throw e;
        }
    }

    /** A motor's true position, 0 for a motor the profile does not have (fine stages are optional). */
    private static double position(Map<String, SimMotor> motors, String descriptor) {
        SimMotor m = motors.get(descriptor);
        return m == null ? 0 : m.position();
    }

    private static double initial(String name, MotorSpec spec) {
        double v = INITIAL.getOrDefault(name, 0.0);
        return Math.max(spec.low(), Math.min(spec.high(), v));
    }

    private static void startTicking(SimThread sim, List<SimDevice> devices) {
        long[] last = {System.nanoTime()};
        sim.every(TICK, () -> {
            long now = System.nanoTime();
            double dtSim = (now - last[0]) / 1e9 / sim.timeScale();
            last[0] = now;
            for (SimDevice d : devices) {
                try {
                    d.tick(dtSim);
                } catch (RuntimeException e) {
                    // One faulty device must not stop the others' physics.
                    LOG.error("simulated device {} failed: {}", d.getClass().getSimpleName(), e.toString(), e);
                }
            }
        });
    }

    public SimConfig config() {
        return config;
    }

    public BeamlineProfile profile() {
        return config.profile();
    }

    public String prefix() {
        return config.prefix();
    }

    /** The TCP port the PVA server listens on. */
    public int tcpPort() {
        return server.getTCPAddress(false).getPort();
    }

    /** Java access to the simulator controls (also available as PVs). */
    public SimControls controls() {
        return controls;
    }

    /** Every hosted PV: name, type, writable, units, meaning. */
    public List<PvInfo> pvs() {
        return host.catalogue();
    }

    @Override
    public void close() {
        sim.close();
        frames.close();
        host.closeAll();
        if (ownsServer) {
            server.close();
        }
        LOG.info("simulated beamline {} stopped", config.prefix());
    }
}
