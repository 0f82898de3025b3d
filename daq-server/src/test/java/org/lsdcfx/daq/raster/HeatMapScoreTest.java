package org.lsdcfx.daq.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.conftrak.model.RasterScoreType;
import org.lsdcfx.daq.routine.raster.HeatMapScore;

/** The rasterScoreFlag choices, hits, cutoffs, and "nothing found" never being cell 0. */
class HeatMapScoreTest {
    private static RasterCell cell(int i, int spots, double dMin, double intensity) {
        return new RasterCell(i, 0, i, new RasterCell.Position(i, 0, 0, 0), "f", i + 1,
                new RasterCell.Scores(spots + 1, spots, dMin, intensity));
    }

    private static final RasterResult RESULT = new RasterResult("req", 1, 4, List.of(
            cell(0, 40, 3.0, 100), cell(1, 10, 2.0, 900), cell(2, 60, 4.0, 500), cell(3, 1, 1.5, 2000)));

    @Test
    void eachScoreChoosesItsOwnBestAmongHits() {
        assertEquals(2, new HeatMapScore(RasterScoreType.SPOT_COUNT, 3).best(RESULT).orElseThrow().index());
        assertEquals(1, new HeatMapScore(RasterScoreType.RESOLUTION, 3).best(RESULT).orElseThrow().index(),
                "cell 3 has a better d_min but only 1 spot: not a hit");
        assertEquals(1, new HeatMapScore(RasterScoreType.INTENSITY, 3).best(RESULT).orElseThrow().index());
    }

    @Test
    void cellZeroCanBeTheBestAndNothingIsEmpty() {
        RasterResult onlyFirst = new RasterResult("req", 1, 3, List.of(cell(0, 50, 3, 10), cell(1, 0, 50, 0),
                cell(2, 2, 50, 0)));
        assertEquals(0, new HeatMapScore(RasterScoreType.SPOT_COUNT, 3).best(onlyFirst).orElseThrow().index());
        RasterResult none = new RasterResult("req", 1, 2, List.of(cell(0, 0, 50, 0), cell(1, 2, 50, 0)));
        assertTrue(new HeatMapScore(RasterScoreType.SPOT_COUNT, 3).best(none).isEmpty());
    }

    @Test
    void cutoffsCompareInTheScoresDirection() {
        assertEquals(List.of(0, 2), new HeatMapScore(RasterScoreType.SPOT_COUNT, 3).above(RESULT, 30).stream()
                .map(RasterCell::index).toList());
        assertEquals(List.of(0, 1), new HeatMapScore(RasterScoreType.RESOLUTION, 3).above(RESULT, 3.5).stream()
                .map(RasterCell::index).toList(), "d_min below the cutoff, hits only");
    }
}
