package org.lsdcfx.gui.raster;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
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
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.daq.routine.raster.RasterGrid;
import org.lsdcfx.daq.routine.raster.RasterStatus;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.gui.model.HeatMapLayout;
import org.lsdcfx.gui.testbed.Await;
import org.lsdcfx.gui.testbed.GuiTestBed;
import org.lsdcfx.store.test.EmbeddedMongo;
import org.testfx.api.FxRobot;

/**
 * A picture of the main window with the Raster tab after a 15 × 11 raster over a crystal (a Gaussian blob of spots),
 * the mouse on the best cell: {@code target/screenshots/raster-heat-map.png}, and with {@code -Dlsdc.images.dir} also
 * there. Not a {@code *Test}: {@code mvn -pl gui test -Dtest=RasterPanelScreenshot
 * -Dsurefire.failIfNoSpecifiedTests=false -Dlsdc.images.dir=$PWD/images}.
 */
class RasterPanelScreenshot {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private static final RasterDef DEF = new RasterDefiner(6).define(15 * 10, 11 * 10, 10, new double[]{30, 20, -10, 0},
            false);

    private final FxRobot robot = new FxRobot();

    @Test
    void heatMapAfterARaster() throws Exception {
        AnnouncingRasterProtocol protocol = new AnnouncingRasterProtocol();
        try (GuiTestBed bed = GuiTestBed.builder(mongo.connection()).takeControl()
                .protocols(new ProtocolRegistry().register(protocol)).start()) {
            bed.seeds().mounted(0);
            Await.untilFx(() -> bed.model().control().masterProperty().get(), "control taken");
            Await.onFx(() -> robot.lookup("#middleTabs").queryAs(TabPane.class).getSelectionModel().select(1));
            Sample s = bed.seeds().sample(0);
            RequestObj obj = RequestObj.builder().protocol("raster").sweep(0, 0.1).exposureTime(0.05)
                    .files(bed.daq().visitDirectory().toString(), GuiTestBed.VISIT_NAME, s.name(), 1, "PUCK-A", 1)
                    .set("rasterDef", DEF.toMap()).build();
            Request req = bed.amostra().requests().create(new NewRequest(s.uid(), Seeds.OWNER, Seeds.PROPOSAL,
                    Priority.DEFAULT_QUEUED, obj), Seeds.OWNER);
            Await.untilFx(() -> bed.window().dewar().rowOf(req.uid()).isPresent(), "the raster in the tree");
            robot.clickOn("#collectQueueButton");
            protocol.drawn().get(20, java.util.concurrent.TimeUnit.SECONDS);
            protocol.fill(crystal(req.uid()));
            Await.untilFx(() -> bed.window().raster().shown() != null
                    && bed.window().raster().shown().status() == RasterStatus.READY_FOR_SNAPSHOT, "the raster done");
            int best = Await.fx(() -> bed.window().raster().best().getAsInt());
            Point2D p = Await.fx(() -> {
                Node canvas = robot.lookup("#heatMapCanvas").query();
                HeatMapLayout l = bed.window().raster().shown().layout();
                double[] px = l.pixels(l.slots().get(best), l.fit(canvas.getLayoutBounds().getWidth(),
                        canvas.getLayoutBounds().getHeight(), HeatMapCanvas.MARGIN));
                return canvas.localToScreen(px[0] + px[2] / 2, px[1] + px[3] / 2);
            });
            robot.moveTo(p);
            Await.untilFx(() -> bed.window().raster().shown() != null && !robot.lookup("#rasterCellInfo")
                    .queryAs(javafx.scene.control.Label.class).getText().isEmpty(), "the cell described");
            WritableImage image = Await.fx(() -> bed.window().scene().snapshot(null));
            BufferedImage png = SwingFXUtils.fromFXImage(image, null);
            write(png, Path.of("target", "screenshots", "raster-heat-map.png"));
            String images = System.getProperty("lsdc.images.dir");
            if (images != null && !images.isBlank()) {
                write(png, Path.of(images, "raster-heat-map.png"));
            }
            assertTrue(png.getWidth() > 0);
        }
    }

    /** A 40 µm crystal left of and above the centre: spots fall off with distance, d_min rises. */
    private static RasterResult crystal(String uid) {
        List<RasterCell> cells = new ArrayList<>();
        for (RasterGrid.Cell g : new RasterGrid(DEF).cells()) {
            double d = Math.hypot(g.x() - 10, g.y() - 35);
            int spots = (int) Math.round(80 * Math.exp(-d * d / (2 * 18 * 18)));
            double dMin = spots >= 3 ? 1.8 + d / 15 : 50;
            cells.add(new RasterCell(g.index(), g.row(), g.column(), new RasterCell.Position(g.x(), g.y(), g.z(),
                    g.omega()), "/data/mx314159-1/xtal-1/1/PUCK-A_1/xtal-1_Raster_1_data_"
                    + String.format("%06d", g.row() + 1) + ".bin", g.column() + 1,
                    new RasterCell.Scores(spots + spots / 10, spots, dMin, spots * 1520.0)));
        }
        return new RasterResult(uid, 11, 15, cells);
    }

    private static void write(BufferedImage png, Path file) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(png, "png", file.toFile());
    }
}
