package org.lsdcfx.sim;

import org.epics.pva.PVASettings;
import org.lsdcfx.mxtools.profile.SimProfile;
import org.lsdcfx.sim.detector.FrameSinks;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.sim.pv.PvInfo;
import org.lsdcfx.sim.sample.CrystalsJson;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * Runs a simulated beamline on its own until killed.
 *
 * <pre>
 * java -cp ... org.lsdcfx.sim.SimMain [--prefix SIM] [--time-scale 1.0] [--data ./sim-data]
 *                                     [--port N] [--udp-port N] [--loopback] [--list-pvs]
 *                                     [--frame-size bin4] [--frames nxmx] [--crystals JSON] [--ice]
 * </pre>
 * {@code --port}/{@code --udp-port} set the PVA TCP and UDP ports (default: core-pva's, 5075/5076, or the
 * EPICS_PVA_* environment); {@code --loopback} serves on 127.0.0.1 only, with free ports unless given;
 * {@code --list-pvs} prints the PV table (Markdown) and exits. {@code --frame-size} is {@code WxH}, {@code full},
 * {@code 4M}, {@code 16M} or {@code binN} ({@link FrameSize}; default {@value #DEFAULT_FRAME_SIZE}: the 9M binned
 * 4 × 4, about 0.1 s per frame to synthesise); {@code --frames} is {@code nxmx} (default) or {@code binary};
 * {@code --crystals} a JSON array ({@link CrystalsJson}, µm) replacing the demo crystal, {@code []} for none;
 * {@code --ice} adds ice rings. Prints the prefix and port once serving.
 */
public final class SimMain {
    static final String DEFAULT_FRAME_SIZE = "bin4";
    private static final String USAGE = "usage: SimMain [--prefix SIM] [--time-scale 1.0] [--data DIR] [--port TCP]"
            + " [--udp-port UDP] [--loopback] [--list-pvs] [--frame-size WxH|full|4M|16M|binN] [--frames nxmx|binary]"
            + " [--crystals JSON] [--ice]";

    private SimMain() {
    }

    /** Parsed command line; {@code crystals} is null for the demo crystal. */
    record Options(String prefix, double timeScale, Path data, Integer port, Integer udpPort, boolean loopback,
                   boolean listPvs, String frameSize, String frames, String crystals, boolean ice) {

        static Options parse(String[] args) {
            String prefix = "SIM";
            double scale = 1.0;
            Path data = Path.of("sim-data");
            Integer port = null;
            Integer udp = null;
            boolean loopback = false;
            boolean list = false;
            String frameSize = DEFAULT_FRAME_SIZE;
            String frames = "nxmx";
            String crystals = null;
            boolean ice = false;
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--prefix" -> prefix = value(args, ++i, a);
                    case "--time-scale" -> scale = Double.parseDouble(value(args, ++i, a));
                    case "--data" -> data = Path.of(value(args, ++i, a));
                    case "--port" -> port = Integer.parseInt(value(args, ++i, a));
                    case "--udp-port" -> udp = Integer.parseInt(value(args, ++i, a));
                    case "--loopback" -> loopback = true;
                    case "--list-pvs" -> list = true;
                    case "--frame-size" -> frameSize = value(args, ++i, a);
                    case "--frames" -> frames = value(args, ++i, a);
                    case "--crystals" -> crystals = value(args, ++i, a);
                    case "--ice" -> ice = true;
                    case "-h", "--help" -> throw new IllegalArgumentException("");
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return new Options(prefix, scale, data, port, udp, loopback, list, frameSize, frames, crystals, ice);
        }

        /** The simulator configuration these options ask for; bad values throw naming the option. */
        SimConfig config() {
            SimConfig base = SimConfig.of(prefix, timeScale, data.toAbsolutePath());
            SimConfig c = base.withFrameSize(option("--frame-size",
                            () -> FrameSize.parse(frameSize, SimProfile.load().detector())))
                    .withFrameSink(option("--frames", () -> FrameSinks.named(frames)))
                    .withIce(ice);
            return crystals == null ? c : c.withCrystals(option("--crystals", () -> CrystalsJson.parseList(crystals)));
        }

        private static <T> T option(String name, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
        }

        private static String value(String[] args, int i, String option) {
            if (i >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[i];
        }
    }

    public static void main(String[] args) throws Exception {
        Options o;
        SimConfig config;
        try {
            o = Options.parse(args);
            config = o.config();
        } catch (IllegalArgumentException e) {
            System.err.println((e.getMessage() == null || e.getMessage().isEmpty() ? "" : e.getMessage() + "\n")
                    + USAGE);
            System.exit(2);
            return;
        }
        if (o.loopback()) {
            PvaPorts free = PvaPorts.free();
            new PvaPorts(o.port() != null ? o.port() : free.tcp(), o.udpPort() != null ? o.udpPort() : free.udp())
                    .applyLoopback();
        } else {
            if (o.port() != null) {
                PVASettings.EPICS_PVA_SERVER_PORT = o.port();
            }
            if (o.udpPort() != null) {
                PVASettings.EPICS_PVA_BROADCAST_PORT = o.udpPort();
                PVASettings.EPICS_PVAS_BROADCAST_PORT = o.udpPort();
            }
        }
        SimBeamline sim = SimBeamline.start(config);
        if (o.listPvs()) {
            printTable(sim.pvs(), System.out);
            sim.close();
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stopped.countDown();
        }, "sim-shutdown"));
        System.out.printf("LSDC-FX simulated beamline serving prefix %s on PVA TCP port %d (UDP %d), %d PVs, "
                        + "time scale %s, data root %s, %s frames as %s, %d crystal(s)%s%n", o.prefix(), sim.tcpPort(),
                PVASettings.EPICS_PVAS_BROADCAST_PORT, sim.pvs().size(), o.timeScale(), o.data().toAbsolutePath(),
                config.frameSize(), config.frameSink().describe(), config.sample().crystals().size(),
                config.sample().ice() ? " with ice" : "");
        System.out.flush();
        stopped.await();
    }

    /** Prints the PV catalogue as a Markdown table. */
    static void printTable(List<PvInfo> pvs, PrintStream out) {
        out.println("| PV | type | access | unit | meaning |");
        out.println("|---|---|---|---|---|");
        for (PvInfo p : pvs) {
            out.printf("| `%s` | %s | %s | %s | %s |%n", p.name(), p.type(), p.writable() ? "read/write" : "read",
                    p.units().isEmpty() ? "" : p.units(), p.description());
        }
    }
}
