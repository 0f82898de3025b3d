package org.lsdcfx.launcher;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.lsdcfx.analysis.escan.ChoochAnalysis;
import org.lsdcfx.analysis.escan.ChoochConfig;
import org.lsdcfx.analysis.escan.ChoochJson;
import org.lsdcfx.analysis.escan.ChoochResult;
import org.lsdcfx.analysis.escan.Edge;
import org.lsdcfx.analysis.escan.ElementTables;
import org.lsdcfx.analysis.escan.ScanData;
import org.lsdcfx.analysis.escan.ScanFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./lsdc chooch}: the Chooch-equivalent f'/f'' analysis of any energy-scan file, offline. */
@Command(name = "chooch", mixinStandardHelpOptions = true,
        description = {"Analyse an energy scan (two columns: energy in eV, counts) like Chooch: peak (max f''), "
                + "inflection (min f') and a remote energy, each with f' and f''.",
                "--json prints one object with LSDC's choochResult field names (energies in eV)."})
final class ChoochCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", description = "The scan file")
    Path file;

    @Option(names = "--element", required = true, description = "Element symbol, for example Se")
    String element;

    @Option(names = "--edge", description = "K, L1, L2 or L3 (default: the element's usual MAD edge)")
    String edge;

    @Option(names = "--remote-offset", paramLabel = "EV", description = "Remote energy above the edge in eV (default: ${DEFAULT-VALUE})")
    double remoteOffset = ChoochConfig.defaults().remoteOffsetEv();

    @Option(names = "--json", description = "Print one JSON object")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(file)) {
            err.println("lsdc chooch: no such file: " + file);
            return 1;
        }
        try {
            ScanData scan = ScanFiles.read(file);
            ElementTables tables = ElementTables.fromClasspath();
            ChoochAnalysis analysis = new ChoochAnalysis(tables, ChoochConfig.defaults().withRemoteOffsetEv(remoteOffset));
            ChoochResult r = edge == null ? analysis.analyse(scan, element) : analysis.analyse(scan, element, Edge.parse(edge));
            if (json) {
                out.println(new ChoochJson().toJson(r));
            } else {
                out.printf("%s %s edge (tabulated %.1f eV), %d points from %s%n", r.element(), r.edge(), r.edgeEnergyEv(),
                        scan.energiesEv().length, file);
                out.println("              energy (eV)        f'       f''");
                out.printf("  peak        %11.2f  %8.2f  %8.2f%n", r.peak(), r.fprimePeak(), r.f2primePeak());
                out.printf("  inflection  %11.2f  %8.2f  %8.2f%n", r.infl(), r.fprimeInfl(), r.f2primeInfl());
                out.printf("  remote      %11.2f  %8.2f  %8.2f%s%n", r.remote(), r.fprimeRemote(), r.f2primeRemote(),
                        r.remoteInsideScan() ? "" : "   (outside the scan: from theory)");
                r.warnings().forEach(w -> out.println("  warning: " + w));
            }
            out.flush();
            return 0;
        } catch (IllegalArgumentException e) { // ScanFormatException included: bad file content
            err.println("lsdc chooch: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("lsdc chooch: cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }
}
