package org.lsdcfx.gui.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.daq.routine.raster.RasterStatus;
import org.lsdcfx.daq.test.Calls;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.gui.model.CameraFrame;
import org.lsdcfx.gui.testbed.Await;
import org.lsdcfx.gui.testbed.GuiTestBed;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.sim.SimControls;
import org.lsdcfx.store.test.EmbeddedMongo;
import org.testfx.api.FxRobot;

/**
 * The Sample tab on the simulated beamline: the lowMag image arrives, a click while observer is ignored with a
 * message, a click as control master sends {@code center_on_click} and the simulator's sample stages move by the
 * clicked offset; Omega +90 rotates; a raster at the current omega is drawn over the image and hidden 90° away.
 */
class SampleUiTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private final FxRobot robot = new FxRobot();
    private GuiTestBed bed;

    @BeforeEach
    void start() throws Exception {
        bed = GuiTestBed.builder(mongo.connection()).simulator().start();
        Await.untilFx(() -> bed.model().comm().connectedProperty().get(), "the GUI connected to the daq server");
        // nobody holds control yet, so the test's own client may mount: the governor goes to SA
        Calls.done(bed.daq().client(), "mountSample", bed.seeds().sample(0).uid());
        Await.onFx(() -> {
            TabPane tabs = robot.lookup("#middleTabs").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "sampleTab".equals(t.getId())).findFirst().orElseThrow());
        });
        Await.untilFx(() -> bed.model().sample().camera().frameProperty().get() != null, "the first camera frame");
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    private SimControls sim() {
        return bed.sim().sim().controls();
    }

    private double[] xyz() {
        return new double[]{sim().motorPosition(Descriptors.SAMPLE_X), sim().motorPosition(Descriptors.SAMPLE_Y),
                sim().motorPosition(Descriptors.SAMPLE_Z)};
    }

    /** Clicks image pixel ({@code x}, {@code y}); returns the image pixel actually hit (the robot clicks whole screen pixels). */
    private double[] clickImage(double x, double y) {
        Canvas canvas = robot.lookup("#sampleImage").queryAs(Canvas.class);
        Point2D screen = Await.fx(() -> {
            double[] p = bed.window().sample().canvasPoint(x, y);
            return canvas.localToScreen(p[0], p[1]);
        });
        Point2D snapped = new Point2D(Math.round(screen.getX()), Math.round(screen.getY()));
        robot.clickOn(snapped);
        return Await.fx(() -> {
            Point2D local = canvas.screenToLocal(snapped);
            return bed.window().sample().imagePixel(local.getX(), local.getY());
        });
    }

    @Test
    void aClickAsControlMasterCentresTheClickedPoint() {
        CameraFrame frame = Await.fx(() -> bed.model().sample().camera().frameProperty().get());
        assertEquals(640, frame.width());
        assertEquals(512, frame.height());
        double umPerPx = 1600.0 / 640;

        double[] before = xyz();
        clickImage(360, 236);
        Await.untilFx(() -> bed.window().sample().status().startsWith("Click-to-centre ignored"), "the observer's click ignored");
        assertEquals(before[0], xyz()[0], 1e-6, "nothing moved");

        robot.clickOn("#controlMasterBox");
        Await.untilFx(() -> bed.model().control().masterProperty().get(), "this GUI is control master");
        double[] hit = clickImage(360, 236); // 40 px right and 20 px up of the beam: h +100 µm, v +50 µm
        double h = (hit[0] - 320) * umPerPx;
        double v = (256 - hit[1]) * umPerPx;
        assertEquals(100, h, 2 * umPerPx, "the click landed near the intended pixel");
        Await.untilFx(() -> bed.window().sample().status().startsWith("centred:"), "the server's reply in the status line");
        double w = Math.toRadians(sim().motorPosition(Descriptors.OMEGA));
        double[] after = xyz();
        assertEquals(before[0] + h, after[0], 1.0, "sample X moved by h");
        assertEquals(before[1] + v * Math.cos(w), after[1], 1.0, "sample Y");
        assertEquals(before[2] - v * Math.sin(w), after[2], 1.0, "sample Z");
        Await.untilFx(() -> Math.abs(bed.model().sample().motors().xProperty().get() - after[0]) < 1, "the X read-back in the GUI");

        double omega = sim().motorPosition(Descriptors.OMEGA);
        robot.clickOn("#omegaPlus90");
        Await.until(() -> Math.abs(sim().motorPosition(Descriptors.OMEGA) - (omega + 90)) < 0.1, "omega rotated by +90");
    }

    @Test
    void aRasterAtTheCurrentOmegaIsDrawnOverTheImage() {
        Await.untilFx(() -> !Double.isNaN(bed.model().sample().motors().zProperty().get()), "the goniometer read-backs");
        double[] at = xyz();
        double omega = sim().motorPosition(Descriptors.OMEGA);
        RasterDef def = new RasterDefiner(6).define(7 * 20, 5 * 20, 20, new double[]{at[0], at[1], at[2], omega}, false);
        Sample s = bed.seeds().sample(0);
        RequestObj obj = RequestObj.builder().protocol("raster").sweep(0, 0.1).exposureTime(0.1)
                .files(bed.daq().visitDirectory().toString(), GuiTestBed.VISIT_NAME, s.name(), 1, "PUCK-A", 1)
                .set("rasterDef", def.toMap()).build();
        Request r = bed.amostra().requests().create(new NewRequest(s.uid(), Seeds.OWNER, Seeds.PROPOSAL,
                Priority.DEFAULT_QUEUED, obj), Seeds.OWNER);
        Await.onFx(() -> bed.model().raster().show(r.uid()));
        Await.untilFx(() -> bed.window().sample().cellsShown() == def.numCells(), "the raster's cells over the image");

        Calls.done(bed.daq().client(), "move_omega", 90);
        Await.untilFx(() -> bed.window().sample().cellsShown() == 0, "hidden 90° away from the raster's omega");
    }

    @Test
    void theControlMasterPicturesAFinishedRasterOnce() throws Exception {
        Await.untilFx(() -> !Double.isNaN(bed.model().sample().motors().zProperty().get()), "the goniometer read-backs");
        double[] at = xyz();
        double omega = sim().motorPosition(Descriptors.OMEGA);
        RasterDef def = new RasterDefiner(6).define(7 * 20, 5 * 20, 20, new double[]{at[0], at[1], at[2], omega}, false)
                .withStatus(RasterStatus.READY_FOR_SNAPSHOT);
        Sample s = bed.seeds().sample(0);
        Path visit = bed.daq().visitDirectory();
        RequestObj obj = RequestObj.builder().protocol("raster").sweep(0, 0.1).exposureTime(0.1)
                .files(visit.toString(), GuiTestBed.VISIT_NAME, s.name(), 1, "PUCK-A", 1)
                .set("rasterDef", def.toMap()).build();
        Request r = bed.amostra().requests().create(new NewRequest(s.uid(), Seeds.OWNER, Seeds.PROPOSAL,
                Priority.DEFAULT_QUEUED, obj), Seeds.OWNER);
        AnalysisStore results = new AnalysisStore(mongo.connection(), java.time.Clock.systemUTC(), GuiTestBed.BEAMLINE_ID);

        // an observer takes no picture
        Await.onFx(() -> bed.model().raster().show(r.uid()));
        Await.untilFx(() -> bed.window().sample().cellsShown() == def.numCells(), "the raster over the image");
        assertEquals(0, (int) Await.fx(() -> bed.window().sample().snapshotsTaken()));

        bed.model().raster().clear();
        Await.untilFx(() -> bed.model().raster().heatMapProperty().get() == null, "cleared");
        robot.clickOn("#controlMasterBox");
        Await.untilFx(() -> bed.model().control().masterProperty().get(), "this GUI is control master");
        Await.onFx(() -> bed.model().raster().show(r.uid()));
        Await.until(() -> results.latest(r.uid(), ResultTypes.RASTER_JPEG).isPresent(), "the rasterJpeg result");
        Path file = Path.of(results.latest(r.uid(), ResultTypes.RASTER_JPEG).orElseThrow().path());
        assertEquals(visit.resolve("jpegs").resolve(GuiTestBed.VISIT_NAME).resolve("xtal-1/1/PUCK-A_1/xtal-1_Raster_1.jpg"),
                file, "LSDC's place: the data directory moved under <visit>/jpegs");
        java.awt.image.BufferedImage picture = javax.imageio.ImageIO.read(file.toFile());
        Canvas canvas = robot.lookup("#sampleImage").queryAs(Canvas.class);
        assertEquals(Await.fx(() -> (int) Math.round(canvas.getWidth())), picture.getWidth(), "the sample view as shown");
        Await.untilFx(() -> bed.model().messages().entries().stream().anyMatch(e -> e.text().startsWith("Raster snapshot saved")),
                "reported in the message log");

        // once per raster: announcing it again writes nothing more
        bed.model().raster().clear();
        Await.untilFx(() -> bed.model().raster().heatMapProperty().get() == null, "cleared");
        Await.onFx(() -> bed.model().raster().show(r.uid()));
        Await.untilFx(() -> bed.model().raster().heatMapProperty().get() != null, "shown again");
        assertEquals(1, (int) Await.fx(() -> bed.window().sample().snapshotsTaken()));
        try (var files = java.nio.file.Files.list(file.getParent())) {
            assertEquals(1, files.count(), "one picture");
        }
    }
}
