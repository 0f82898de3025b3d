package org.lsdcfx.gui.model;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.daq.comm.LiveRasterCells;
import org.lsdcfx.daq.routine.raster.RasterStatus;

/**
 * One raster as the heat map shows it: the request, its {@code rasterDef.status}, where the cells go, the cells
 * whose results are in (by index; the others are drawn empty, so a partial result fills in), the cell the server
 * snapped to ({@code max_raster.index}), and a note when something could not be read. Immutable; read from the
 * stores by {@link RasterFeed}.
 *
 * @param requestUid the raster request
 * @param title      sample name and protocol, for the panel's header
 * @param snapped    {@code request_obj.max_raster.index}, empty when the server has not snapped (or found nothing)
 * @param note       a problem worth showing ("" when none), e.g. an unknown result format version
 */
public record HeatMap(String requestUid, String title, RasterStatus status, HeatMapLayout layout,
                      Map<Integer, RasterCell> cells, OptionalInt snapped, String note) {

    public HeatMap {
        Objects.requireNonNull(requestUid, "requestUid");
        Objects.requireNonNull(layout, "layout");
        status = status == null ? RasterStatus.NEW : status;
        cells = Map.copyOf(cells);
        snapped = snapped == null ? OptionalInt.empty() : snapped;
        note = note == null ? "" : note;
        title = title == null ? "" : title;
    }

    /** The cells of {@code result} keyed by index (none when absent). */
    public static Map<Integer, RasterCell> cellsOf(Optional<RasterResult> result) {
        return result.map(r -> r.cells().stream().collect(Collectors.toMap(RasterCell::index, Function.identity(),
                (a, b) -> b))).orElse(Map.of());
    }

    /** The cell's result, empty while it is not in. */
    public Optional<RasterCell> cell(int index) {
        return Optional.ofNullable(cells.get(index));
    }

    public Collection<RasterCell> results() {
        return cells.values();
    }

    /** Cells with a result, of all cells in the layout. */
    public int filled() {
        return (int) layout.slots().stream().filter(s -> cells.containsKey(s.index())).count();
    }

    /**
     * This map with the live cells of {@code live} that it lacks (the stored result's cells win), or this map itself
     * when {@code live} is another raster's or adds nothing.
     */
    public HeatMap withLive(LiveRasterCells live) {
        if (live == null || !live.request().equals(requestUid)) {
            return this;
        }
        Map<Integer, RasterCell> merged = new java.util.HashMap<>(cells);
        for (RasterCell c : live.cells()) {
            merged.putIfAbsent(c.index(), c);
        }
        return merged.size() == cells.size() ? this : new HeatMap(requestUid, title, status, layout, merged, snapped, note);
    }
}
