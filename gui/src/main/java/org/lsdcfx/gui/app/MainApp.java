package org.lsdcfx.gui.app;

import java.util.List;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.epics.pva.client.PVAClient;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Profiles;
import org.lsdcfx.store.EmbeddedStore;
import org.lsdcfx.store.StoreConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The GUI as a stand-alone JavaFX application against a running store and daq server:
 * {@code --mongo URI} (default {@code $LSDC_MONGO_URI}, else the embedded store's default port on loopback),
 * {@code --beamline NAME} (profile, default SIM), {@code --comm-prefix P} (default from conftrak or the profile),
 * {@code --master} (ask for control at start). PVA network settings come from the usual EPICS_PVA_*
 * environment variables. Start it through {@link GuiLauncher#main}. It builds its own {@link GuiContext} in
 * {@link #init()} (off the FX thread) and closes everything in {@link #stop()}.
 */
public final class MainApp extends Application {
    private static final Logger log = LoggerFactory.getLogger(MainApp.class);

    private StoreConnection store;
    private PVAClient pva;
    private GuiServices services;

    @Override
    public void init() throws Exception {
        List<String> args = getParameters().getRaw();
        String uri = option(args, "--mongo", System.getenv().getOrDefault("LSDC_MONGO_URI",
                "mongodb://127.0.0.1:" + EmbeddedStore.DEFAULT_PORT));
        String beamline = option(args, "--beamline", "SIM").toUpperCase(Locale.ROOT);
        BeamlineProfile profile = Profiles.load(beamline);
        GuiSettings settings = GuiSettings.defaults().withCommPrefix(option(args, "--comm-prefix", null))
                .withTakeControlAtStart(args.contains("--master"));
        store = StoreConnection.connect(uri);
        pva = new PVAClient();
        services = GuiServices.open(GuiContext.of(store, pva, profile).withSettings(settings));
        log.info("GUI connecting to store {} for beamline {}", uri, beamline);
    }

    @Override
    public void start(Stage stage) {
        GuiLauncher.show(services, stage);
        services.start();
    }

    @Override
    public void stop() {
        if (services != null) {
            services.close();
        }
        if (pva != null) {
            pva.close();
        }
        if (store != null) {
            store.close();
        }
        Platform.exit();
    }

    private static String option(List<String> args, String name, String fallback) {
        int i = args.indexOf(name);
        if (i >= 0 && i + 1 < args.size()) {
            return args.get(i + 1);
        }
        for (String a : args) {
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return fallback;
    }
}
