package org.lsdcfx.gui.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.conftrak.model.RasterScoreType;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.daq.routine.raster.RasterGrid;
import org.lsdcfx.daq.routine.raster.RasterStatus;
import org.lsdcfx.gui.model.HeatMap;
import org.lsdcfx.gui.model.HeatMapLayout;
import org.lsdcfx.gui.model.ScoreScale;

/** The heat map's pure logic: cell placement and lookup, score scaling (resolution inverted), the best cell, colours. */
class HeatMapModelTest {
    private static final RasterDef DEF = new RasterDefiner(6).define(7 * 20, 5 * 20, 20, new double[]{100, 50, -10, 0},
            false);

    static RasterCell cell(int index, int row, int column, int noIce, double dMin, double intensity) {
        return new RasterCell(index, row, column, new RasterCell.Position(index, 0, 0, 0), "/d/x_Raster_1_data_000001.bin",
                index + 1, new RasterCell.Scores(noIce + 1, noIce, dMin, intensity));
    }

    @Test
    void cellsSitWhereTheServerFliesThemSnakeRowsTopDown() {
        HeatMapLayout l = HeatMapLayout.of(DEF);
        assertEquals(35, l.size());
        List<RasterGrid.Cell> motors = new RasterGrid(DEF).cells();
        for (HeatMapLayout.Slot s : l.slots()) {
            RasterGrid.Cell m = motors.get(s.index());
            assertEquals(m.row(), s.row());
            assertEquals(m.column(), s.column());
            assertEquals(m.x(), s.x(), 1e-9, "motor x of cell " + s.index());
            // omega 0: motor x = centre + u, motor y = centre + v
            assertEquals(DEF.x() + s.u(), s.x(), 1e-9);
            assertEquals(DEF.y() + s.v(), s.y(), 1e-9);
        }
        HeatMapLayout.Slot first = l.slots().get(0);
        HeatMapLayout.Slot endOfRow0 = l.slots().get(6);
        HeatMapLayout.Slot startOfRow1 = l.slots().get(7);
        assertEquals(l.minU() + 10, first.u(), 1e-9, "cell 0 at the left");
        assertEquals(l.maxV() - 10, first.v(), 1e-9, "row 0 at the top");
        assertEquals(endOfRow0.u(), startOfRow1.u(), 1e-9, "row 1 starts under the end of row 0 (snake)");
        assertEquals(endOfRow0.v() - 20, startOfRow1.v(), 1e-9);
        assertEquals(140, l.maxU() - l.minU(), 1e-9);
        assertEquals(100, l.maxV() - l.minV(), 1e-9);
    }

    @Test
    void aVerticalRasterIsDrawnUpright() {
        HeatMapLayout l = HeatMapLayout.of(new RasterDefiner(6).define(3 * 20, 9 * 20, 20, new double[]{0, 0, 0, 0}, true));
        assertEquals(3, l.slots().stream().mapToInt(HeatMapLayout.Slot::row).max().orElseThrow() + 1, "3 vertical rows");
        assertTrue(l.maxV() - l.minV() > l.maxU() - l.minU(), "taller than wide");
    }

    @Test
    void theMouseFindsTheCellUnderIt() {
        HeatMapLayout l = HeatMapLayout.of(DEF);
        HeatMapLayout.Fit fit = l.fit(400, 300, 6);
        assertEquals(Math.min(388 / 140.0, 288 / 100.0), fit.scale(), 1e-9, "square cells, the largest that fit");
        for (HeatMapLayout.Slot s : l.slots()) {
            double[] p = l.pixels(s, fit);
            assertEquals(s.index(), l.slotAt(p[0] + p[2] / 2, p[1] + p[3] / 2, fit).orElseThrow().index());
            assertEquals(s.index(), l.slotAt(p[0] + 1, p[1] + p[3] - 1, fit).orElseThrow().index(), "near a corner");
        }
        assertEquals(Optional.empty(), l.slotAt(1, 1, fit), "outside the map");
        assertEquals(Optional.empty(), l.slotAt(5, 150, l.fit(0, 0, 6)), "nothing in an area too small to draw");
        // the snake: the pixel below cell 6 (end of row 0) is cell 7
        double[] p6 = l.pixels(l.slots().get(6), fit);
        assertEquals(7, l.slotAt(p6[0] + p6[2] / 2, p6[1] + p6[3] * 1.5, fit).orElseThrow().index());
    }

    @Test
    void withoutARasterDefTheResultsRowsAndColumnsMakeTheGrid() {
        HeatMapLayout l = HeatMapLayout.grid(3, 4);
        assertEquals(12, l.size());
        assertEquals(l.slots().get(3).u(), l.slots().get(4).u(), 1e-9, "snake");
        assertTrue(Double.isNaN(l.slots().get(0).x()), "motor positions unknown");
    }

    @Test
    void scoresAreScaledBetweenTheirMinimumAndMaximumWithResolutionInverted() {
        List<RasterCell> cells = List.of(cell(0, 0, 0, 0, 50, 0), cell(1, 0, 1, 10, 4, 1000),
                cell(2, 0, 2, 40, 2, 500), cell(3, 0, 3, 20, 3, 3000));
        ScoreScale spots = ScoreScale.of(RasterScoreType.SPOT_COUNT, cells);
        assertEquals(0, spots.min());
        assertEquals(40, spots.max());
        assertEquals(0, spots.level(cells.get(0)), 1e-12);
        assertEquals(0.25, spots.level(cells.get(1)), 1e-12);
        assertEquals(1, spots.level(cells.get(2)), 1e-12);

        ScoreScale res = ScoreScale.of(RasterScoreType.RESOLUTION, cells);
        assertEquals(2, res.min());
        assertEquals(50, res.max());
        assertEquals(1, res.level(cells.get(2)), 1e-12, "the smallest d_min is the hottest");
        assertEquals(0, res.level(cells.get(0)), 1e-12, "no diffraction (50 Å) is the coldest");
        assertEquals(50, res.coldEnd());
        assertEquals(2, res.hotEnd());

        ScoreScale intensity = ScoreScale.of(RasterScoreType.INTENSITY, cells);
        assertEquals(1, intensity.level(cells.get(3)), 1e-12);
        assertEquals(0, ScoreScale.of(RasterScoreType.SPOT_COUNT, List.of(cells.get(0), cell(1, 0, 1, 0, 50, 0)))
                .level(cells.get(0)), "all alike: nothing stands out");
    }

    @Test
    void theBestCellIsTheBestHitUnderTheChosenScore() {
        List<RasterCell> cells = List.of(cell(0, 0, 0, 5, 3.5, 100), cell(1, 0, 1, 30, 2.5, 900),
                cell(2, 0, 2, 12, 1.8, 400), cell(3, 0, 3, 2, 1.0, 90000));
        assertEquals(1, ScoreScale.best(RasterScoreType.SPOT_COUNT, cells).orElseThrow().index());
        assertEquals(2, ScoreScale.best(RasterScoreType.RESOLUTION, cells).orElseThrow().index(),
                "cell 3 has the smallest d_min but only 2 spots: not a hit");
        assertEquals(1, ScoreScale.best(RasterScoreType.INTENSITY, cells).orElseThrow().index());
        assertEquals(Optional.empty(), ScoreScale.best(RasterScoreType.SPOT_COUNT, List.of(cell(0, 0, 0, 2, 50, 0))),
                "nothing found is no cell");
        assertEquals(0, ScoreScale.best(RasterScoreType.SPOT_COUNT, List.of(cell(1, 0, 1, 9, 3, 1), cell(0, 0, 0, 9, 3, 1)))
                .orElseThrow().index(), "ties go to the earlier cell; cell 0 is a result");
    }

    @Test
    void aPartialResultLeavesTheOtherCellsEmpty() {
        List<RasterCell> in = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            in.add(cell(i, i / 7, i % 7, i, 50, 0));
        }
        HeatMap m = new HeatMap("r1", "xtal-1 · raster", RasterStatus.DRAWN, HeatMapLayout.of(DEF),
                HeatMap.cellsOf(Optional.of(new RasterResult("r1", 5, 7, in))), OptionalInt.empty(), null);
        assertEquals(10, m.filled());
        assertTrue(m.cell(9).isPresent());
        assertTrue(m.cell(10).isEmpty());
        assertEquals("drawn: collecting and finding spots, 10 of 35 cells in", RasterStatusText.of(m));
        assertEquals("done: 10 of 35 cells; snapped to cell 9", RasterStatusText.of(new HeatMap("r1", "", RasterStatus.READY_FOR_SNAPSHOT,
                m.layout(), m.cells(), OptionalInt.of(9), "")));
        assertEquals(Map.of(), HeatMap.cellsOf(Optional.empty()));
    }

    @Test
    void theColourMapRunsFromDarkToBright() {
        assertEquals(Color.rgb(0x44, 0x01, 0x54), HeatMapColors.of(0));
        assertEquals(Color.rgb(0xfd, 0xe7, 0x25), HeatMapColors.of(1));
        double last = -1;
        for (int i = 0; i <= 20; i++) {
            double lum = luminance(HeatMapColors.of(i / 20.0));
            assertTrue(lum > last, "luminance rises with the level (perceptual map), at " + i / 20.0);
            last = lum;
        }
        assertEquals(HeatMapColors.of(0), HeatMapColors.of(-3), "clamped");
        assertEquals(HeatMapColors.of(1), HeatMapColors.of(7), "clamped");
    }

    private static double luminance(Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
