package org.lsdcfx.analysisstore.payload;

import org.bson.Document;

/**
 * One cell of a raster: where it is, which frame was taken there, and the spot-finding scores.
 * Stored flat, with LSDC's Dozor field names ({@code spot_count}, {@code spot_count_no_ice}, {@code d_min},
 * {@code total_intensity}, {@code cellMapKey}).
 *
 * @param index      cell number in acquisition order, 0-based (LSDC's {@code cellMap_<index>})
 * @param row        raster row, 0-based
 * @param column     raster column, 0-based (in the row's acquisition direction)
 * @param position   goniometer motor coordinates of the cell centre
 * @param image      master file holding the cell's frame
 * @param imageIndex frame number inside {@code image}, 1-based as Dozor reports it
 * @param scores     spot-finding scores
 */
public record RasterCell(int index, int row, int column, Position position, String image, int imageIndex,
                         Scores scores) {

    public RasterCell {
        if (index < 0 || row < 0 || column < 0) {
            throw new IllegalArgumentException("raster cell index/row/column must be >= 0, got " + index + "/" + row
                    + "/" + column);
        }
        if (position == null || scores == null || image == null) {
            throw new IllegalArgumentException("raster cell " + index + " needs a position, an image and scores");
        }
    }

    /**
     * Goniometer coordinates in the motors' engineering units (µm on the simulated beamline); omega in degrees.
     */
    public record Position(double x, double y, double z, double omega) {
    }

    /**
     * @param spotCount      spots found ({@code spot_count})
     * @param spotCountNoIce spots outside ice rings ({@code spot_count_no_ice}); LSDC's "Spot Count" heat map
     * @param resolution     resolution estimate in Å ({@code d_min}); LSDC writes 50 when nothing diffracts
     * @param totalIntensity summed spot intensity ({@code total_intensity})
     */
    public record Scores(int spotCount, int spotCountNoIce, double resolution, double totalIntensity) {
    }

    /** LSDC's key of this cell in {@code rasterCellMap}. */
    public String cellMapKey() {
        return "cellMap_" + index;
    }

    Document toDocument() {
        return new Document("index", index).append("row", row).append("column", column)
                .append("cellMapKey", cellMapKey())
                .append("x", position.x()).append("y", position.y()).append("z", position.z())
                .append("omega", position.omega())
                .append("image", image).append("image_index", imageIndex)
                .append("spot_count", scores.spotCount()).append("spot_count_no_ice", scores.spotCountNoIce())
                .append("d_min", scores.resolution()).append("total_intensity", scores.totalIntensity());
    }

    static RasterCell fromDocument(Document d) {
        return new RasterCell(Fields.integer(d, "index"), Fields.integer(d, "row"), Fields.integer(d, "column"),
                new Position(Fields.num(d, "x"), Fields.num(d, "y"), Fields.num(d, "z"), Fields.num(d, "omega")),
                Fields.text(d, "image"), Fields.integer(d, "image_index"),
                new Scores(Fields.integer(d, "spot_count"), Fields.integer(d, "spot_count_no_ice"),
                        Fields.num(d, "d_min"), Fields.num(d, "total_intensity")));
    }
}
