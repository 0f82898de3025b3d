package org.lsdcfx.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lsdcfx.sim.SimMain;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./lsdc sim}: the simulated beamline on its own, serving the SIM profile's PVs over PVAccess. */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Run the simulated beamline alone: motors, goniometer, detector, shutter, attenuator, energy, beam, "
                + "fluorescence detector, robot, governor and cameras as PVAccess PVs. Ctrl-C stops it.")
final class SimCommand implements Callable<Integer> {
    @Option(names = "--prefix", description = "PV prefix (default: ${DEFAULT-VALUE})")
    String prefix = "SIM";

    @Option(names = "--time-scale", description = "Multiplies every simulated duration; 0.1 runs ten times faster (default: ${DEFAULT-VALUE})")
    double timeScale = 1.0;

    @Option(names = "--data", paramLabel = "DIR", description = "Where the simulated detector writes (default: ~/.lsdc-fx/sim-data)")
    Path data;

    @Option(names = "--port", description = "PVA TCP port (default: EPICS_PVA_SERVER_PORT or 5075)")
    Integer port;

    @Option(names = "--udp-port", description = "PVA UDP search port (default: EPICS_PVA_BROADCAST_PORT or 5076)")
    Integer udpPort;

    @Option(names = "--loopback", description = "Serve on 127.0.0.1 only (free ports unless given)")
    boolean loopback;

    @Option(names = "--list-pvs", description = "Print the PV table (Markdown) and exit")
    boolean listPvs;

    @Option(names = "--frame-size", description = "Detector frame size: WxH, full, 4M, 16M or binN (default: bin4, 777x816)")
    String frameSize;

    @Option(names = "--frames", description = "File format of the simulated detector: nxmx or binary (default: nxmx)")
    String frames;

    @Option(names = "--crystals", paramLabel = "JSON", description = "Crystals in the loop, e.g. '[{\"x_um\":0,\"y_um\":0,\"z_um\":0,\"size_um\":50}]' (default: one demo crystal)")
    String crystals;

    @Option(names = "--ice", description = "Add ice rings to the frames")
    boolean ice;

    @Override
    public Integer call() throws Exception {
        List<String> args = new ArrayList<>(List.of("--prefix", prefix, "--time-scale", Double.toString(timeScale),
                "--data", (data != null ? data : LsdcHome.root().resolve("sim-data")).toString()));
        if (port != null) {
            args.addAll(List.of("--port", port.toString()));
        }
        if (udpPort != null) {
            args.addAll(List.of("--udp-port", udpPort.toString()));
        }
        if (loopback) {
            args.add("--loopback");
        }
        if (listPvs) {
            args.add("--list-pvs");
        }
        if (frameSize != null) {
            args.addAll(List.of("--frame-size", frameSize));
        }
        if (frames != null) {
            args.addAll(List.of("--frames", frames));
        }
        if (crystals != null) {
            args.addAll(List.of("--crystals", crystals));
        }
        if (ice) {
            args.add("--ice");
        }
        SimMain.main(args.toArray(String[]::new)); // returns after --list-pvs; otherwise serves until the JVM stops
        return 0;
    }
}
