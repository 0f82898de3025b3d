package org.lsdcfx.gui.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestStatus;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.conftrak.model.RasterScoreType;
import org.lsdcfx.daq.comm.LiveRasterCells;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.daq.routine.raster.RasterGrid;
import org.lsdcfx.daq.routine.raster.RasterStatus;
import org.lsdcfx.daq.test.Seeds;
import org.lsdcfx.gui.model.HeatMap;
import org.lsdcfx.gui.model.HeatMapLayout;
import org.lsdcfx.gui.testbed.Await;
import org.lsdcfx.gui.testbed.GuiTestBed;
import org.lsdcfx.store.test.EmbeddedMongo;
import org.testfx.api.FxRobot;

/**
 * The raster panel on the running system (embedded store, daq server over PVA, the GUI under Monocle): the queue runs
 * a raster request, the server announces it on {@code xrecRasterFlag}; the panel shows it drawn and empty, then
 * filled from the stored {@code rasterResult}, the hottest cell outlined; the score choice re-colours and is stored
 * in conftrak; hovering a cell describes it; selecting another raster in the tree shows that one.
 */
class RasterPanelUiTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private static final RasterDef DEF = new RasterDefiner(6).define(7 * 20, 5 * 20, 20, new double[]{30, 20, -10, 0},
            false);
    /** Most spots; best d_min at RES_PEAK, most intensity at INT_PEAK (both hits too). */
    private static final int SPOT_PEAK = 17;
    private static final int RES_PEAK = 10;
    private static final int INT_PEAK = 23;

    private final FxRobot robot = new FxRobot();
    private final AnnouncingRasterProtocol protocol = new AnnouncingRasterProtocol();
    private GuiTestBed bed;

    @BeforeEach
    void start() throws Exception {
        bed = GuiTestBed.builder(mongo.connection()).takeControl()
                .protocols(new ProtocolRegistry().register(protocol)).start();
        bed.seeds().mounted(0);
        bed.seeds().conftrak().setRasterScoreFlag(RasterScoreType.SPOT_COUNT, "test");
        Await.untilFx(() -> bed.model().control().masterProperty().get(), "the GUI took control at start");
        Await.untilFx(() -> bed.model().contents().samples().size() == 4, "the seeded samples in the tree");
        Await.onFx(() -> robot.lookup("#middleTabs").queryAs(TabPane.class).getSelectionModel().select(1));
    }

    @AfterEach
    void stop() {
        bed.close();
    }

    private RasterController panel() {
        return bed.window().raster();
    }

    private Request raster(int sample) {
        Sample s = bed.seeds().sample(sample);
        RequestObj obj = RequestObj.builder().protocol("raster").sweep(0, 0.1).exposureTime(0.1)
                .files(bed.daq().visitDirectory().toString(), GuiTestBed.VISIT_NAME, s.name(), 1, "PUCK-A", sample + 1)
                .set("rasterDef", DEF.toMap()).build();
        return bed.amostra().requests().create(new NewRequest(s.uid(), Seeds.OWNER, Seeds.PROPOSAL,
                Priority.DEFAULT_QUEUED, obj), Seeds.OWNER);
    }

    /** 35 cells on the grid's motor positions; a blob of spots around SPOT_PEAK, the other peaks as described. */
    private static RasterResult result(String uid) {
        List<RasterCell> cells = new ArrayList<>();
        for (RasterGrid.Cell g : new RasterGrid(DEF).cells()) {
            int i = g.index();
            int spots = i == SPOT_PEAK ? 60 : Math.abs(i - SPOT_PEAK) == 1 ? 20 : i == RES_PEAK || i == INT_PEAK ? 8 : 0;
            double dMin = i == RES_PEAK ? 1.6 : spots >= 3 ? 3.2 : 50;
            double intensity = i == INT_PEAK ? 9.0e5 : spots * 1000.0;
            cells.add(new RasterCell(i, g.row(), g.column(), new RasterCell.Position(g.x(), g.y(), g.z(), g.omega()),
                    "/data/xtal-1_Raster_1_data_00000" + (g.row() + 1) + ".bin", g.column() + 1,
                    new RasterCell.Scores(spots + 1, spots, dMin, intensity)));
        }
        return new RasterResult(uid, 5, 7, cells);
    }

    private String text(String id) {
        return Await.fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void aRunningRasterIsDrawnThenFilledAndTheScoreChoiceRecoloursAndIsStored() throws Exception {
        Request req = raster(0);
        Await.untilFx(() -> bed.window().dewar().rowOf(req.uid()).isPresent(), "the raster request in the tree");
        robot.clickOn("#collectQueueButton");

        protocol.drawn().get(20, TimeUnit.SECONDS);
        Await.untilFx(() -> panel().shown() != null && panel().shown().requestUid().equals(req.uid()),
                "the announced raster shown");
        HeatMap drawn = Await.fx(() -> panel().shown());
        assertEquals(RasterStatus.DRAWN, drawn.status());
        assertEquals(35, drawn.layout().size());
        assertEquals(0, drawn.filled(), "nothing in yet");
        assertTrue(Await.fx(() -> panel().colourOf(0).isEmpty() && panel().best().isEmpty()), "cells drawn empty");
        assertTrue(text("#rasterStatus").startsWith("drawn"), text("#rasterStatus"));

        // live: cells published on raster_cells while the rows fly fill the drawn map before the result is stored
        List<RasterCell> firstRows = result(req.uid()).cells().subList(0, 14);
        protocol.live(new LiveRasterCells(req.uid(), 35, firstRows.stream().map(c -> new RasterCell(c.index(), c.row(),
                c.column(), c.position(), "", 0, c.scores())).toList()));
        Await.untilFx(() -> panel().shown().filled() == 14, "the two rows in so far shown live");
        assertEquals(RasterStatus.DRAWN, Await.fx(() -> panel().shown().status()), "still flying");
        assertTrue(Await.fx(() -> panel().colourOf(0).isPresent() && panel().colourOf(20).isEmpty()),
                "live cells coloured, the rest still empty");

        long released = System.nanoTime();
        protocol.fill(result(req.uid()));
        Await.untilFx(() -> panel().shown().status() == RasterStatus.READY_FOR_SNAPSHOT,
                "the raster done in the panel");
        // a figure, not an assert: result stored, two announcements over PVA, the store read, the colouring
        System.out.printf("raster panel: final heat map of 35 cells shown %d ms after the routine was released%n",
                (System.nanoTime() - released) / 1_000_000);
        assertEquals(35, Await.fx(() -> panel().shown().filled()));
        assertEquals(SPOT_PEAK, Await.fx(() -> panel().best().getAsInt()), "the hottest cell outlined");
        assertEquals(HeatMapColors.of(1), colour(SPOT_PEAK), "the most spots: the hot end");
        assertEquals(HeatMapColors.of(0), colour(0), "no spots: the cold end");
        assertEquals("0", text("#legendCold"));
        assertEquals("60", text("#legendHot"));
        assertTrue(text("#rasterStatus").contains("snapped to cell " + SPOT_PEAK), text("#rasterStatus"));
        Await.until(() -> bed.amostra().requests().get(req.uid()).status() == RequestStatus.DONE, "the request done");

        // the score choice: re-colours at once, stored in conftrak (the server reads it for snap to max)
        Color spotsHot = colour(SPOT_PEAK);
        robot.clickOn("#scoreIntensity");
        assertEquals(INT_PEAK, Await.fx(() -> panel().best().getAsInt()));
        assertEquals(HeatMapColors.of(1), colour(INT_PEAK));
        assertNotEquals(spotsHot, colour(SPOT_PEAK), "the spot peak is no longer the hottest");
        Await.until(() -> bed.seeds().conftrak().rasterScoreFlag() == RasterScoreType.INTENSITY,
                "rasterScoreFlag = 2 in conftrak");
        robot.clickOn("#scoreResolution");
        assertEquals(RES_PEAK, Await.fx(() -> panel().best().getAsInt()), "the smallest d_min");
        assertEquals(HeatMapColors.of(1), colour(RES_PEAK), "resolution inverted: 1.6 Å is the hot end");
        assertEquals(HeatMapColors.of(0), colour(0), "50 Å (nothing) is the cold end");
        assertEquals("50.00 Å", text("#legendCold"));
        assertEquals("1.60 Å", text("#legendHot"));
        Await.until(() -> bed.seeds().conftrak().rasterScoreFlag() == RasterScoreType.RESOLUTION,
                "rasterScoreFlag = 1 in conftrak");

        // hovering a cell describes it
        Point2D p = Await.fx(() -> {
            Node canvas = robot.lookup("#heatMapCanvas").query();
            HeatMapLayout l = panel().shown().layout();
            double[] px = l.pixels(l.slots().get(SPOT_PEAK), l.fit(canvas.getLayoutBounds().getWidth(),
                    canvas.getLayoutBounds().getHeight(), HeatMapCanvas.MARGIN));
            return canvas.localToScreen(px[0] + px[2] / 2, px[1] + px[3] / 2);
        });
        robot.moveTo(p);
        Await.untilFx(() -> robot.lookup("#rasterCellInfo").queryAs(Label.class).getText()
                .startsWith("cell " + SPOT_PEAK + " · row 2, column 3 in flight order"), "the hovered cell described");
        String info = text("#rasterCellInfo");
        assertTrue(info.contains("61 spots (60 without ice)") && info.contains("d_min 3.20 Å")
                && info.contains("xtal-1_Raster_1_data_000003.bin #4") && info.contains("x 30.0, y 20.0, z -10.0"),
                info);
    }

    @Test
    void selectingARasterShowsItAndANewerRequestSupersedesAnOlderOne() throws Exception {
        Request a = raster(1);
        Request b = raster(2);
        Await.untilFx(() -> bed.window().dewar().rowOf(b.uid()).isPresent(), "both rasters in the tree");
        Await.onFx(() -> bed.window().dewar().select(a.uid()));
        Await.untilFx(() -> panel().shown() != null && panel().shown().requestUid().equals(a.uid()), "raster a shown");
        assertEquals(RasterStatus.NEW, Await.fx(() -> panel().shown().status()));
        assertTrue(text("#rasterStatus").startsWith("defined, not run yet"));

        // two requests in a row (as two announcements): only the newer is ever shown
        List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        Await.onFx(() -> bed.model().raster().heatMapProperty().addListener((o, was, now) ->
                shown.add(now == null ? "none" : now.requestUid())));
        CountDownLatch busy = new CountDownLatch(1);
        bed.model().jobs().run("hold the job runner", busy::await); // both reads queue behind it
        var older = bed.model().raster().show(a.uid());
        var newer = bed.model().raster().show(b.uid());
        busy.countDown();
        assertEquals(b.uid(), newer.get(10, TimeUnit.SECONDS).requestUid());
        assertNull(older.get(10, TimeUnit.SECONDS), "the older read was skipped: superseded before it ran");
        Await.untilFx(() -> panel().shown().requestUid().equals(b.uid()), "raster b shown");
        Await.onFx(() -> { }); // one more FX pulse
        assertEquals(List.of(b.uid()), shown, "raster a never replaced b");

        // clearing (xrecRasterFlag "100") and a request that is no raster
        bed.model().raster().clear();
        Await.untilFx(() -> panel().shown() == null, "cleared");
        Request standard = bed.seeds().request(3, "standard");
        bed.model().raster().show(standard.uid());
        Await.untilFx(() -> text("#rasterProblem").contains("is no raster"), "the reason shown");
    }

    private Color colour(int index) {
        return Await.fx(() -> panel().colourOf(index).orElseThrow());
    }
}
