package org.lsdcfx.gui.sample;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.gui.testbed.Await;
import org.lsdcfx.gui.testbed.GuiTestBed;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.store.test.EmbeddedMongo;
import org.testfx.api.FxRobot;

/**
 * A picture of the Sample tab on the simulated beamline with a mounted sample and a raster drawn over the image, to
 * {@code target/screenshots/sample-view.png}. Not a {@code *Test}, so not run by default:
 * {@code mvn -pl gui test -Dtest=SampleViewScreenshot -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class SampleViewScreenshot {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void sampleView() throws Exception {
        FxRobot robot = new FxRobot();
        try (GuiTestBed bed = GuiTestBed.builder(mongo.connection()).simulator().start()) {
            Await.untilFx(() -> bed.model().comm().connectedProperty().get(), "connected");
            Calls.done(bed.daq().client(), "mountSample", bed.seeds().sample(0).uid());
            Await.onFx(() -> {
                TabPane tabs = robot.lookup("#middleTabs").queryAs(TabPane.class);
                tabs.getSelectionModel().select(2);
            });
            Await.untilFx(() -> !Double.isNaN(bed.model().sample().motors().zProperty().get()), "read-backs");
            var c = bed.sim().sim().controls();
            double[] at = {c.motorPosition(Descriptors.SAMPLE_X), c.motorPosition(Descriptors.SAMPLE_Y), c.motorPosition(Descriptors.SAMPLE_Z)};
            RasterDef def = new RasterDefiner(6).define(9 * 20, 7 * 20, 20,
                    new double[]{at[0], at[1], at[2], c.motorPosition(Descriptors.OMEGA)}, false);
            Sample s = bed.seeds().sample(0);
            RequestObj obj = RequestObj.builder().protocol("raster").sweep(0, 0.1).exposureTime(0.1)
                    .files(bed.daq().visitDirectory().toString(), GuiTestBed.VISIT_NAME, s.name(), 1, "PUCK-A", 1)
                    .set("rasterDef", def.toMap()).build();
            Request r = bed.amostra().requests().create(new NewRequest(s.uid(), Seeds.OWNER, Seeds.PROPOSAL,
                    Priority.DEFAULT_QUEUED, obj), Seeds.OWNER);
            Await.onFx(() -> bed.model().raster().show(r.uid()));
            Await.untilFx(() -> bed.window().sample().cellsShown() == def.numCells(), "the raster over the image");
            WritableImage img = Await.fx(() -> bed.window().scene().snapshot(null));
            Path out = Path.of("target", "screenshots", "sample-view.png");
            Files.createDirectories(out.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", out.toFile());
        }
    }
}
