package org.lsdcfx.gui.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.conftrak.model.RasterScoreType;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.daq.routine.raster.RasterStatus;
import org.lsdcfx.gui.model.CameraFrame;
import org.lsdcfx.gui.model.HeatMap;
import org.lsdcfx.gui.model.HeatMapLayout;
import org.lsdcfx.gui.model.SampleGeometry;
import org.lsdcfx.gui.model.SampleRasterOverlay;
import org.lsdcfx.gui.model.SampleRasterOverlay.CellBox;
import org.lsdcfx.gui.model.ScoreScale;

/** The sample view's pure logic: pixels ⇄ µm, goniometer offsets in the view, raster cells over the image, fitting. */
class SampleModelTest {
    /** The simulator's lowMag camera: 1600 × 1280 µm over 640 × 512 px, 2.5 µm per pixel. */
    private static final SampleGeometry LOW_MAG = new SampleGeometry(1600, 1280, 640, 512);

    @Test
    void pixelsAndMicronsConvertAroundTheBeamAtTheImageCentre() {
        assertEquals(2.5, LOW_MAG.umPerPixelX(), 1e-12);
        assertEquals(new SampleGeometry.Offset(0, 0), LOW_MAG.toMicrons(320, 256));
        SampleGeometry.Offset o = LOW_MAG.toMicrons(360, 236); // 40 px right, 20 px up
        assertEquals(100, o.h(), 1e-9);
        assertEquals(50, o.v(), 1e-9);
        SampleGeometry.Pixel p = LOW_MAG.toPixels(o);
        assertEquals(360, p.x(), 1e-9);
        assertEquals(236, p.y(), 1e-9);
        SampleGeometry.Offset corner = LOW_MAG.toMicrons(0, 512);
        assertEquals(-800, corner.h(), 1e-9);
        assertEquals(-640, corner.v(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new SampleGeometry(0, 1280, 640, 512));
    }

    @Test
    void aGoniometerOffsetIsSeenAsTheServerCentresIt() {
        // center_on_click moves X by +h, Y by v·cos ω, Z by −v·sin ω: the point then seen is the point clicked
        double omega = 30;
        double w = Math.toRadians(omega);
        double[] now = {10, 20, 30};
        double[] target = {10 + 100, 20 + 50 * Math.cos(w), 30 - 50 * Math.sin(w)};
        SampleGeometry.Offset o = SampleGeometry.viewOffset(target, now, omega);
        assertEquals(100, o.h(), 1e-9);
        assertEquals(50, o.v(), 1e-9);
    }

    @Test
    void rasterCellsSitOverTheImageAtTheRightScaleAndFollowTheGoniometer() {
        RasterDef def = new RasterDefiner(6).define(7 * 20, 5 * 20, 20, new double[]{100, 50, -10, 0}, false);
        HeatMap map = map(def, Map.of());
        double[] atCentre = {100, 50, -10};
        List<CellBox> boxes = SampleRasterOverlay.place(map, LOW_MAG, atCentre, 0, 1, null);
        assertEquals(35, boxes.size());
        CellBox first = boxes.get(0); // top-left cell: 60 µm left, 40 µm up of the raster centre
        assertEquals(8, first.edge(), 1e-9, "20 µm at 2.5 µm/px");
        assertEquals(320 - 60 / 2.5 - 4, first.x(), 1e-9);
        assertEquals(256 - 40 / 2.5 - 4, first.y(), 1e-9);
        assertFalse(first.level().isPresent(), "no result yet");
        double minX = boxes.stream().mapToDouble(CellBox::x).min().orElseThrow();
        double maxX = boxes.stream().mapToDouble(b -> b.x() + b.edge()).max().orElseThrow();
        assertEquals(320 - 28, minX, 1e-9, "the 140 µm wide raster is centred on the beam");
        assertEquals(320 + 28, maxX, 1e-9);

        // the stage moved 40 µm in −X and 10 µm in −Y: the raster (fixed on the sample) is seen 16 px right, 4 px higher
        List<CellBox> moved = SampleRasterOverlay.place(map, LOW_MAG, new double[]{60, 40, -10}, 0, 1, null);
        assertEquals(first.x() + 16, moved.get(0).x(), 1e-9);
        assertEquals(first.y() - 4, moved.get(0).y(), 1e-9);
    }

    @Test
    void aRasterIsShownOnlyNearItsOmegaAndFilledCellsGetTheirLevel() {
        RasterDef def = new RasterDefiner(2).define(3 * 20, 3 * 20, 20, new double[]{0, 0, 0, 30}, false);
        RasterCell hot = cell(4, 1, 1, 40);
        RasterCell cold = cell(0, 0, 0, 2);
        HeatMap map = map(def, Map.of(4, hot, 0, cold));
        double[] at = {0, 0, 0};
        assertEquals(9, SampleRasterOverlay.place(map, LOW_MAG, at, 33, 1, null).size(), "within 5° of 30");
        assertTrue(SampleRasterOverlay.place(map, LOW_MAG, at, 40, 1, null).isEmpty(), "10° off: hidden");
        assertTrue(SampleRasterOverlay.place(map, LOW_MAG, at, 210, 1, null).isEmpty(), "seen from behind: hidden");
        ScoreScale scale = ScoreScale.of(RasterScoreType.SPOT_COUNT, map.results());
        List<CellBox> boxes = SampleRasterOverlay.place(map, LOW_MAG, at, 30, 1, scale);
        assertEquals(1.0, boxes.get(4).level().orElseThrow(), 1e-9, "the hottest cell");
        assertEquals(0.0, boxes.get(0).level().orElseThrow(), 1e-9);
        assertFalse(boxes.get(1).level().isPresent());
        // centre cell on the beam at the raster's omega
        assertEquals(320 - 4, boxes.get(4).x(), 1e-9);
        assertEquals(256 - 4, boxes.get(4).y(), 1e-9);
        // a result without its rasterDef has no goniometer positions: nothing to place
        HeatMap bare = new HeatMap("r2", "", RasterStatus.READY_FOR_FILL, HeatMapLayout.grid(2, 2), Map.of(), OptionalInt.empty(), "");
        assertTrue(SampleRasterOverlay.place(bare, LOW_MAG, at, 30, 1, null).isEmpty());
    }

    @Test
    void greyFramesBecomeOpaqueArgbAndAWrongSizeIsRefused() {
        CameraFrame f = CameraFrame.ofGrey(2, 1, new byte[]{0, (byte) 200}, 7);
        assertArrayEquals(new int[]{0xff000000, 0xffc8c8c8}, f.argb());
        assertEquals(200, f.grey(1, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CameraFrame.ofGrey(2, 2, new byte[3], 1));
        assertTrue(e.getMessage().contains("3 pixels but the camera reports 2x2"), e.getMessage());
    }

    @Test
    void aClickInTheFittedImageIsMappedBackToCameraPixels() {
        ImageFit fit = ImageFit.of(640, 512, 1000, 512); // letterboxed left and right
        assertEquals(1.0, fit.scale(), 1e-12);
        assertEquals(180, fit.left(), 1e-12);
        assertArrayEquals(new double[]{320, 256}, fit.toImage(500, 256), 1e-9);
        assertNull(fit.toImage(100, 256), "left of the image");
        ImageFit half = ImageFit.of(640, 512, 320, 400);
        assertEquals(0.5, half.scale(), 1e-12);
        assertArrayEquals(new double[]{360, 236}, half.toImage(180, 72 + 118), 1e-9);
        assertEquals(180, half.screenX(360), 1e-9);
    }

    private static HeatMap map(RasterDef def, Map<Integer, RasterCell> cells) {
        return new HeatMap("r1", "xtal-1 · raster", RasterStatus.DRAWN, HeatMapLayout.of(def), cells, OptionalInt.empty(), "");
    }

    private static RasterCell cell(int index, int row, int column, int spots) {
        return new RasterCell(index, row, column, new RasterCell.Position(0, 0, 0, 30), "/d/x_000001.bin", index + 1,
                new RasterCell.Scores(spots + 1, spots, 3.0, spots * 10.0));
    }
}
