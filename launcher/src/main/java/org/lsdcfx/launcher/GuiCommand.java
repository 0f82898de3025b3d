package org.lsdcfx.launcher;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.epics.pva.PVASettings;
import org.epics.pva.client.PVAClient;
import org.lsdcfx.gui.app.GuiContext;
import org.lsdcfx.gui.app.GuiLauncher;
import org.lsdcfx.gui.app.GuiSettings;
import org.lsdcfx.mxtools.profile.ProfileException;
import org.lsdcfx.mxtools.profile.Profiles;
import org.lsdcfx.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ./lsdc gui}: the GUI alone, against a running daq server and store. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the GUI against a running daq server (./lsdc server) and its store.")
final class GuiCommand implements Callable<Integer> {
    @Option(names = "--beamline", paramLabel = "NAME", description = "Beamline profile (default: ${DEFAULT-VALUE})")
    String beamline = "SIM";

    @Option(names = "--prefix", description = "Comm PV prefix (default: conftrak beamlineComm)")
    String prefix;

    @Option(names = "--master", description = "Take control at start")
    boolean master;

    @Mixin
    StoreOptions store;

    @Mixin
    PvaPortOptions ports;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (!Displays.available()) {
            err.println("lsdc gui: there is no display (DISPLAY is not set); run it on a desktop or under xvfb-run");
            return 2;
        }
        if (!PvaDefaults.environmentConfigured()) {
            PVASettings.EPICS_PVA_ADDR_LIST = "127.0.0.1:" + ports.daqUdp + " 127.0.0.1:" + ports.simUdp;
            PVASettings.EPICS_PVA_AUTO_ADDR_LIST = false;
            PVASettings.EPICS_PVA_BROADCAST_PORT = ports.daqUdp;
        }
        try (StoreOptions.StoreHandle h = store.open(); PVAClient pva = new PVAClient()) {
            GuiSettings settings = GuiSettings.defaults().withTakeControlAtStart(master);
            if (prefix != null) {
                settings = settings.withCommPrefix(prefix);
            }
            GuiLauncher.run(GuiContext.of(h.connection(), pva, Profiles.load(beamline)).withSettings(settings));
            return 0;
        } catch (StoreException | ProfileException e) {
            err.println("lsdc gui: " + e.getMessage());
            return 1;
        }
    }
}
