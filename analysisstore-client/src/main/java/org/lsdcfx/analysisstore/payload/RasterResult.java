package org.lsdcfx.analysisstore.payload;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bson.Document;

/**
 * Spot-finding results of a raster ({@code result_type "rasterResult"}), in a versioned format:
 * {@code {format: "lsdcfx.raster", format_version: 1, rasterReqID, rows, columns, cells: [...]}} (see
 * {@link RasterCell} for the cell fields). A reader refuses a newer format version it does not know instead of
 * guessing; the raw document stays readable.
 *
 * @param rasterReqID uid of the raster request
 * @param rows        number of rows
 * @param columns     number of cells per row
 * @param cells       cells in acquisition order
 */
public record RasterResult(String rasterReqID, int rows, int columns, List<RasterCell> cells) implements ResultPayload {
    public static final String FORMAT = "lsdcfx.raster";
    public static final int FORMAT_VERSION = 1;

    public RasterResult {
        if (rasterReqID == null || rasterReqID.isBlank()) {
            throw new IllegalArgumentException("a raster result needs the raster request uid");
        }
        if (rows < 1 || columns < 1) {
            throw new IllegalArgumentException("a raster has at least one row and one column, got " + rows + "x" + columns);
        }
        cells = List.copyOf(cells);
        if (cells.size() > rows * columns) {
            throw new IllegalArgumentException("a " + rows + "x" + columns + " raster cannot have " + cells.size()
                    + " cells");
        }
    }

    /** The cell with the most spots outside ice rings. */
    public Optional<RasterCell> bestBySpotCount() {
        return cells.stream().max(Comparator.comparingInt(c -> c.scores().spotCountNoIce()));
    }

    /** The cell with the best (smallest) resolution estimate; cells without diffraction (d_min 0) are skipped. */
    public Optional<RasterCell> bestByResolution() {
        return cells.stream().filter(c -> c.scores().resolution() > 0)
                .min(Comparator.comparingDouble(c -> c.scores().resolution()));
    }

    /** The cell with the largest total intensity. */
    public Optional<RasterCell> bestByIntensity() {
        return cells.stream().max(Comparator.comparingDouble(c -> c.scores().totalIntensity()));
    }

    @Override
    public Document toDocument() {
        return new Document("format", FORMAT).append("format_version", FORMAT_VERSION).append("rasterReqID", rasterReqID)
                .append("rows", rows).append("columns", columns)
                .append("cells", cells.stream().map(RasterCell::toDocument).toList());
    }

    public static RasterResult fromDocument(Document d) {
        Object format = d.get("format");
        if (!FORMAT.equals(format)) {
            throw new PayloadFormatException("not an LSDC-FX raster result (format '" + format + "', expected '"
                    + FORMAT + "'); read it raw");
        }
        int version = Fields.integer(d, "format_version");
        if (version != FORMAT_VERSION) {
            throw new PayloadFormatException("raster result format version " + version + " is not supported by this"
                    + " reader (it knows version " + FORMAT_VERSION + "); read it raw");
        }
        return new RasterResult(Fields.text(d, "rasterReqID"), Fields.integer(d, "rows"), Fields.integer(d, "columns"),
                Fields.docs(d, "cells").stream().map(RasterCell::fromDocument).toList());
    }
}
