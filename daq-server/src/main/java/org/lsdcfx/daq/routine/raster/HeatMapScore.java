package org.lsdcfx.daq.routine.raster;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.conftrak.model.RasterScoreType;

/**
 * The heat-map score chosen in conftrak {@code rasterScoreFlag}: spot count ({@code spot_count_no_ice}, more is
 * better), resolution ({@code d_min}, less is better) or intensity ({@code total_intensity}, more is better). A cell
 * is a hit when it has at least {@code minSpots} no-ice spots; the best cell is chosen among hits only, so "nothing
 * found" is an empty result, never cell 0 (LSDC's bug). Stateless.
 */
public final class HeatMapScore {
    private final RasterScoreType type;
    private final int minSpots;

    public HeatMapScore(RasterScoreType type, int minSpots) {
        this.type = type;
        this.minSpots = minSpots;
    }

    public RasterScoreType type() {
        return type;
    }

    public boolean isHit(RasterCell c) {
        return c.scores().spotCountNoIce() >= minSpots;
    }

    /** The cell's value for this score (spots, Å, or counts). */
    public double value(RasterCell c) {
        return switch (type) {
            case SPOT_COUNT -> c.scores().spotCountNoIce();
            case RESOLUTION -> c.scores().resolution();
            case INTENSITY -> c.scores().totalIntensity();
        };
    }

    /** True when {@code c} is a hit and its score is better than {@code cutoff} (for resolution: d_min below it). */
    public boolean beats(RasterCell c, double cutoff) {
        return isHit(c) && (type == RasterScoreType.RESOLUTION ? value(c) < cutoff : value(c) > cutoff);
    }

    /** The best hit; empty when no cell is a hit. Ties go to the earlier cell. */
    public Optional<RasterCell> best(RasterResult r) {
        Comparator<RasterCell> better = Comparator.comparingDouble(this::value);
        if (type == RasterScoreType.RESOLUTION) {
            better = better.reversed();
        }
        RasterCell best = null;
        for (RasterCell c : r.cells()) {
            if (isHit(c) && (best == null || better.compare(c, best) > 0)) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Hits better than {@code cutoff}, in cell order. */
    public List<RasterCell> above(RasterResult r, double cutoff) {
        return r.cells().stream().filter(c -> beats(c, cutoff)).toList();
    }
}
