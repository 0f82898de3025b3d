package org.lsdcfx.gui.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.conftrak.model.RasterScoreType;
import org.lsdcfx.daq.routine.raster.HeatMapScore;
import org.lsdcfx.daq.routine.raster.RasterSettings;

/**
 * The colour scale of a heat map under one score (LSDC's {@code fillPolyRaster}): a cell's level is its score
 * placed between the smallest and the largest score of the cells that are in, 0 coldest to 1 hottest; resolution
 * is inverted (a smaller d_min is hotter). The best cell is chosen by the server's own rule ({@link HeatMapScore}:
 * among cells with at least {@link #MIN_SPOTS} no-ice spots, so "nothing found" is no cell, never cell 0).
 * Immutable.
 *
 * @param min smallest score of the cells that are in (spots, Å or counts)
 * @param max largest score
 */
public record ScoreScale(RasterScoreType type, double min, double max) {
    /** The server's default hit threshold ({@code RasterSettings.minSpotsForHit}). */
    public static final int MIN_SPOTS = RasterSettings.defaults().minSpotsForHit();

    /** The scale of {@code cells} (0..0 when there are none). */
    public static ScoreScale of(RasterScoreType type, Collection<RasterCell> cells) {
        HeatMapScore score = new HeatMapScore(type, MIN_SPOTS);
        double min = cells.stream().mapToDouble(score::value).min().orElse(0);
        double max = cells.stream().mapToDouble(score::value).max().orElse(0);
        return new ScoreScale(type, min, max);
    }

    /** The cell's score in its unit (spots, Å, counts). */
    public double value(RasterCell c) {
        return new HeatMapScore(type, MIN_SPOTS).value(c);
    }

    /**
     * 0 (coldest) to 1 (hottest). When every cell scores the same nothing stands out: all 0.
     */
    public double level(RasterCell c) {
        if (!(max > min)) {
            return 0;
        }
        double l = (value(c) - min) / (max - min);
        return type == RasterScoreType.RESOLUTION ? 1 - l : l;
    }

    /** The value at the cold end of the legend (largest d_min for resolution, else the smallest score). */
    public double coldEnd() {
        return type == RasterScoreType.RESOLUTION ? max : min;
    }

    public double hotEnd() {
        return type == RasterScoreType.RESOLUTION ? min : max;
    }

    /** The best hit among {@code cells} (ties to the lower index), as the server chooses it for snap to max. */
    public static Optional<RasterCell> best(RasterScoreType type, Collection<RasterCell> cells) {
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        // HeatMapScore works on a result: wrap the cells, sorted by index so that ties go to the earlier cell
        List<RasterCell> sorted = cells.stream().sorted(Comparator.comparingInt(RasterCell::index)).toList();
        return new HeatMapScore(type, MIN_SPOTS).best(new RasterResult("heat-map", 1, sorted.size(), sorted));
    }
}
