package org.lsdcfx.gui.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Container;
import org.lsdcfx.amostra.NewSample;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.gui.testbed.Await;
import org.lsdcfx.gui.testbed.GuiTestBed;
import org.lsdcfx.gui.testbed.SteppingProtocol;
import org.lsdcfx.store.test.EmbeddedMongo;
import org.testfx.api.FxRobot;

/**
 * Takes a picture of the main window while the queue runs on the embedded system (requests done, failed, queued
 * and unqueued; the mounted sample; the progress bar part-way) and writes it as a PNG: always to
 * {@code target/screenshots/main-window.png}, and also to the directory in the system property
 * {@code lsdc.images.dir} when it is set (the repository's {@code images/}:
 * {@code mvn -pl gui test -Dtest=MainWindowScreenshot -Dlsdc.images.dir=$PWD/images}). Not a {@code *Test}, so
 * the regular build does not run it; it asserts that the picture shows a rendered window all the same.
 */
class MainWindowScreenshot {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private final FxRobot robot = new FxRobot();

    @Test
    void mainWindowWhileCollecting() throws Exception {
        try (GuiTestBed bed = GuiTestBed.builder(mongo.connection()).simulator().takeControl().samples(10)
                .protocols(new ProtocolRegistry().register(new SteppingProtocol("standard", 60, Duration.ofMillis(200))))
                .start()) {
            Await.untilFx(() -> bed.model().control().masterProperty().get(), "control taken");
            seedDemoDewar(bed);
            Await.untilFx(() -> bed.model().contents().requests().size() == 9, "the demo requests in the tree");
            Await.onFx(() -> bed.window().dewar().selectSample(bed.seeds().sample(0).uid()));
            Await.onFx(() -> robot.lookup("#dewarTree").queryAs(javafx.scene.control.TreeView.class).scrollTo(0));
            robot.clickOn("#collectQueueButton");
            Await.untilFx(() -> bed.model().comm().statePercentProperty().get() > 20
                    && robot.lookup("#progressLabel").queryAs(Label.class).getText().contains("left"), "the queue part-way");

            WritableImage image = Await.fx(() -> {
                Scene scene = bed.window().scene();
                return scene.snapshot(null);
            });
            BufferedImage png = SwingFXUtils.fromFXImage(image, null);
            Path out = Path.of("target", "screenshots", "main-window.png");
            write(png, out);
            String images = System.getProperty("lsdc.images.dir");
            if (images != null && !images.isBlank()) {
                write(png, Path.of(images, "main-window.png"));
            }
            assertEquals(1440, png.getWidth());
            assertEquals(900, png.getHeight());
            assertTrue(distinctColours(png) > 50, "a rendered window, not a blank image");
            bed.model().commands().abort();
        }
    }

    /** Two more pucks and requests in every state, as a beamline's dewar looks during a shift. */
    private static void seedDemoDewar(GuiTestBed bed) {
        Seeds seeds = bed.seeds();
        Amostra amostra = bed.amostra();
        Container dewar = amostra.containers().dewarByName("primaryDewar").orElseThrow();
        String[] names = {"thaumatin", "insulin", "trypsin", "proteinaseK"};
        for (int p = 0; p < 2; p++) {
            Container puck = amostra.containers().createPuck("PUCK-" + (char) ('B' + p), Seeds.OWNER);
            amostra.containers().insert(dewar.uid(), 2 + p * 3, puck.uid(), Seeds.OWNER);
            for (int i = 1; i <= 6; i++) {
                Sample s = amostra.samples().create(new NewSample(names[(p * 2 + i) % 4] + "_" + p + i, Seeds.OWNER,
                        Seeds.PROPOSAL), Seeds.OWNER);
                amostra.containers().insertAll(puck.uid(), Map.of(i, s.uid()), Seeds.OWNER);
            }
        }
        Request done = seeds.request(1, "standard", Priority.DEFAULT_QUEUED);
        amostra.requests().markRunning(done.uid(), "demo");
        amostra.requests().markDone(done.uid(), "demo");
        Request failed = seeds.request(2, "standard", Priority.DEFAULT_QUEUED);
        amostra.requests().markRunning(failed.uid(), "demo");
        amostra.requests().markFailed(failed.uid(), "no loop found", "demo");
        seeds.request(0, "standard", Priority.DEFAULT_QUEUED);
        seeds.request(0, "standard", Priority.UNQUEUED);
        seeds.request(3, "standard", Priority.DEFAULT_QUEUED);
        seeds.request(4, "standard", 4000);
        seeds.request(5, "standard", Priority.UNQUEUED);
        seeds.request(6, "standard", Priority.UNQUEUED);
        seeds.request(7, "standard", Priority.UNQUEUED);
    }

    private static void write(BufferedImage png, Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(png, "png", file.toFile());
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                colours.add(img.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
