package org.lsdcfx.gui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.epics.pva.client.PVAClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.gui.testbed.Await;
import org.lsdcfx.mxtools.profile.SimProfile;
import org.lsdcfx.store.test.EmbeddedMongo;
import org.testfx.api.FxToolkit;

/** The launcher's entry point: {@link GuiLauncher#run} shows the window for a running system and returns when it closes. */
class GuiLauncherTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private static Optional<Stage> mainWindow() {
        return Window.getWindows().stream().filter(w -> w instanceof Stage s && s.getTitle() != null
                && s.getTitle().startsWith("LSDC-FX on SIM")).map(w -> (Stage) w).findFirst();
    }

    @Test
    void runShowsTheWindowAndReturnsWhenTheUserClosesIt() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (DaqTestBed daq = DaqTestBed.builder(mongo.connection()).start();
             PVAClient pva = new PVAClient()) {
            new Seeds(mongo.connection(), "sim", daq.visitDirectory()).dewarWithSamples(2);
            GuiContext context = GuiContext.of(mongo.connection(), pva, SimProfile.load())
                    .withSettings(GuiSettings.defaults().withCommPrefix(daq.prefix()).withSize(1200, 800));
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread launcher = new Thread(() -> {
                try {
                    GuiLauncher.run(context);
                } catch (Throwable t) {
                    failure.set(t);
                }
            }, "launcher");
            launcher.start();

            Await.until(() -> Await.fx(() -> mainWindow().map(Stage::isShowing).orElse(false)), "the main window shown");
            assertEquals("LSDC-FX on SIM — " + System.getProperty("user.name"), Await.fx(() -> mainWindow().orElseThrow().getTitle()));
            assertTrue(launcher.isAlive(), "run() blocks while the window is open");

            Await.onFx(() -> mainWindow().orElseThrow().hide()); // the user closes the window
            launcher.join(Duration.ofSeconds(20).toMillis());
            assertTrue(!launcher.isAlive(), "run() returned once the window closed");
            assertNull(failure.get());
            assertTrue(!Platform.isImplicitExit(), "the toolkit stays up for the caller to decide");
        }
    }

    @Test
    void runRefusesTheFxThread() throws Exception {
        FxToolkit.registerPrimaryStage();
        try (PVAClient pva = new PVAClient()) {
            GuiContext context = GuiContext.of(mongo.connection(), pva, SimProfile.load());
            IllegalStateException e = Await.fx(() -> assertThrows(IllegalStateException.class, () -> GuiLauncher.run(context)));
            assertTrue(e.getMessage().contains("off the FX thread"));
        }
    }
}
