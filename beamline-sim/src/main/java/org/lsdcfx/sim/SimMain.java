package org.lsdcfx.sim;

import org.epics.pva.PVASettings;
import org.lsdcfx.sim.pv.PvInfo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs a simulated beamline on its own until killed.
 *
 * <pre>
 * java -cp ... org.lsdcfx.sim.SimMain [--prefix SIM] [--time-scale 1.0] [--data ./sim-data]
 *                                     [--port N] [--udp-port N] [--loopback] [--list-pvs]
 * </pre>
 * {@code --port}/{@code --udp-port} set the PVA TCP and UDP ports (default: core-pva's, 5075/5076, or the
 * EPICS_PVA_* environment); {@code --loopback} serves on 127.0.0.1 only, with free ports unless given;
 * {@code --list-pvs} prints the PV table (Markdown) and exits. Prints the prefix and port once serving.
 */
public final class SimMain {
    private SimMain() {
    }

    /** Parsed command line. */
    record Options(String prefix, double timeScale, Path data, Integer port, Integer udpPort, boolean loopback,
                   boolean listPvs) {

        static Options parse(String[] args) {
            String prefix = "SIM";
            double scale = 1.0;
            Path data = Path.of("sim-data");
            Integer port = null;
            Integer udp = null;
            boolean loopback = false;
            boolean list = false;
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
                    case "-h", "--help" -> throw new IllegalArgumentException("");
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            return new Options(prefix, scale, data, port, udp, loopback, list);
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
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println((e.getMessage().isEmpty() ? "" : e.getMessage() + "\n") + "usage: SimMain [--prefix SIM]"
                    + " [--time-scale 1.0] [--data DIR] [--port TCP] [--udp-port UDP] [--loopback] [--list-pvs]");
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
        SimBeamline sim = SimBeamline.start(SimConfig.of(o.prefix(), o.timeScale(), o.data().toAbsolutePath()));
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
                        + "time scale %s, data root %s%n", o.prefix(), sim.tcpPort(),
                PVASettings.EPICS_PVAS_BROADCAST_PORT, sim.pvs().size(), o.timeScale(), o.data().toAbsolutePath());
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
