package org.lsdcfx.gui.testbed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.epics.pva.client.PVAClient;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.conftrak.key.VisitKeys;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Quiet;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.gui.app.GuiContext;
import org.lsdcfx.gui.app.GuiLauncher;
import org.lsdcfx.gui.app.GuiServices;
import org.lsdcfx.gui.app.GuiSettings;
import org.lsdcfx.gui.app.MainWindow;
import org.lsdcfx.gui.model.GuiModel;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.SimProfile;
import org.lsdcfx.store.StoreConnection;
import org.testfx.api.FxToolkit;

/**
 * The running system a GUI test drives, all over the real protocols on loopback: the embedded store (from the
 * test's {@code EmbeddedMongo}), optionally the simulated beamline, a started daq server (the daq module's
 * {@link DaqTestBed}) with the given protocols, a seeded dewar, and the GUI itself on TestFX's stage with a PVA
 * client of its own. {@link #close()} after each test.
 */
public final class GuiTestBed implements AutoCloseable {
    public static final String BEAMLINE_ID = "sim";
    public static final String VISIT_NAME = "mx" + Seeds.PROPOSAL + "-1";
    private static final AtomicInteger SIM_PREFIXES = new AtomicInteger();

    private final SimHost sim;
    private final DaqTestBed daq;
    private final Seeds seeds;
    private final PVAClient guiPva;
    private final GuiServices services;
    private MainWindow window;

    private GuiTestBed(SimHost sim, DaqTestBed daq, Seeds seeds, PVAClient guiPva, GuiServices services) {
        this.sim = sim;
        this.daq = daq;
        this.seeds = seeds;
        this.guiPva = guiPva;
        this.services = services;
    }

    public static Builder builder(StoreConnection store) {
        return new Builder(store);
    }

    public DaqTestBed daq() {
        return daq;
    }

    public SimHost sim() {
        return sim;
    }

    public Seeds seeds() {
        return seeds;
    }

    public Amostra amostra() {
        return seeds.amostra();
    }

    public MainWindow window() {
        return window;
    }

    public GuiModel model() {
        return services.model();
    }

    @Override
    public void close() {
        try {
            FxToolkit.cleanupStages();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the GUI's stage did not close", e);
        } finally {
            services.close();
            guiPva.close();
            daq.close();
            if (sim != null) {
                try {
                    sim.close();
                } catch (Exception e) {
                    throw new IllegalStateException("the simulator did not close", e);
                }
            }
        }
    }

    /** Configures and starts a {@link GuiTestBed}. */
    public static final class Builder {
        private final StoreConnection store;
        private boolean simulator;
        private ProtocolRegistry protocols = new ProtocolRegistry();
        private int samples = 4;
        private boolean takeControl;

        private Builder(StoreConnection store) {
            this.store = store;
        }

        /** Also runs the simulated beamline (robot, beam, governor...) and lets the queue mount samples. */
        public Builder simulator() {
            this.simulator = true;
            return this;
        }

        public Builder protocols(ProtocolRegistry p) {
            this.protocols = p;
            return this;
        }

        public Builder samples(int n) {
            this.samples = n;
            return this;
        }

        /** The GUI asks for control at start (as {@code ./lsdc demo} does). */
        public Builder takeControl() {
            this.takeControl = true;
            return this;
        }

        public GuiTestBed start() throws Exception {
            Quiet.pva();
            Path visit = Files.createTempDirectory("gui-visit");
            SimHost sim = simulator ? SimHost.start("GUIT" + SIM_PREFIXES.incrementAndGet(), 0.01) : null;
            DaqTestBed daq = DaqTestBed.builder(store).simulator(sim).protocols(protocols).visitDirectory(visit).start();
            GuiTestBed bed = null;
            PVAClient guiPva = null;
            GuiServices services = null;
            try {
                Seeds seeds = new Seeds(store, BEAMLINE_ID, visit).dewarWithSamples(samples);
                Conftrak conftrak = seeds.conftrak();
                conftrak.set(VisitKeys.VISIT_DIRECTORY, visit.toString(), "test");
                conftrak.set(VisitKeys.VISIT_NAME, VISIT_NAME, "test");
                conftrak.set(SampleHandlingKeys.QUEUE_COLLECT, simulator, "test");
                guiPva = new PVAClient(); // after the daq test bed applied its PVA settings: finds server and simulator
                BeamlineProfile profile = sim != null ? sim.profile() : SimProfile.load();
                GuiSettings settings = GuiSettings.defaults().withCommPrefix(daq.prefix()).withStorePoll(Duration.ofMillis(250))
                        .withTakeControlAtStart(takeControl).withSize(1440, 900);
                services = GuiServices.open(new GuiContext(store, guiPva, profile, BEAMLINE_ID, "gui-tester",
                        Clock.systemUTC(), settings));
                bed = new GuiTestBed(sim, daq, seeds, guiPva, services);
                GuiTestBed b = bed;
                GuiServices s = services;
                FxToolkit.registerPrimaryStage();
                FxToolkit.setupStage(stage -> b.window = GuiLauncher.show(s, stage));
                services.start();
                return bed;
            } catch (Exception | Error e) {
                if (services != null) {
                    services.close();
                }
                if (guiPva != null) {
                    guiPva.close();
                }
                daq.close();
                if (sim != null) {
                    sim.close();
                }
                throw e;
            }
        }
    }
}
