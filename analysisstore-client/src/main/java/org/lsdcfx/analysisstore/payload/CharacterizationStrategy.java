package org.lsdcfx.analysisstore.payload;

import org.bson.Document;

/**
 * The outcome of characterisation ({@code result_type "characterizationStrategy"}): how the crystal indexed and
 * the collection strategy proposed. Stored as {@code {indexing: {...}, strategy: {...}, log}}.
 *
 * @param indexing what indexing found
 * @param strategy the proposed collection
 * @param logPath  EDNA log (or equivalent), may be empty
 */
public record CharacterizationStrategy(Indexing indexing, Strategy strategy, String logPath) implements ResultPayload {
    public CharacterizationStrategy {
        if (indexing == null || strategy == null) {
            throw new IllegalArgumentException("a characterisation result needs indexing and strategy");
        }
        logPath = logPath == null ? "" : logPath;
    }

    /**
     * @param spaceGroup   space group symbol
     * @param cell         the unit cell
     * @param mosaicity    mosaicity, degrees
     * @param spotsIndexed number of indexed spots
     * @param beamShiftX   beam-centre shift, mm
     * @param beamShiftY   beam-centre shift, mm
     */
    public record Indexing(String spaceGroup, UnitCell cell, double mosaicity, int spotsIndexed, double beamShiftX,
                           double beamShiftY) {
        public Indexing {
            if (spaceGroup == null || spaceGroup.isBlank() || cell == null) {
                throw new IllegalArgumentException("indexing needs a space group and a cell");
            }
        }

        Document toDocument() {
            return new Document("spaceGroup", spaceGroup).append("cell", cell.toDocument()).append("mosaicity", mosaicity)
                    .append("spots", spotsIndexed).append("beamShiftX", beamShiftX).append("beamShiftY", beamShiftY);
        }

        static Indexing fromDocument(Document d) {
            return new Indexing(Fields.text(d, "spaceGroup"), UnitCell.fromDocument(Fields.doc(d, "cell")),
                    Fields.num(d, "mosaicity"), Fields.integer(d, "spots"), Fields.num(d, "beamShiftX"),
                    Fields.num(d, "beamShiftY"));
        }
    }

    /**
     * Field names follow LSDC's request parameters.
     *
     * @param start        start angle, deg ({@code sweep_start})
     * @param end          end angle, deg ({@code sweep_end})
     * @param width        oscillation per image, deg ({@code img_width})
     * @param exposureTime exposure per image, s ({@code exposure_time})
     * @param detDist      detector distance, mm ({@code detDist})
     * @param transmission transmission, fraction 0..1 ({@code attenuation})
     * @param resolution   expected resolution, Å
     */
    public record Strategy(double start, double end, double width, double exposureTime, double detDist,
                           double transmission, double resolution) {
        public Strategy {
            if (end <= start || width < 0 || exposureTime <= 0 || detDist <= 0 || transmission < 0 || transmission > 1) {
                throw new IllegalArgumentException("not a usable strategy: start " + start + ", end " + end + ", width "
                        + width + ", exposure " + exposureTime + ", distance " + detDist + ", transmission "
                        + transmission);
            }
        }

        Document toDocument() {
            return new Document("sweep_start", start).append("sweep_end", end).append("img_width", width)
                    .append("exposure_time", exposureTime).append("detDist", detDist).append("attenuation", transmission)
                    .append("resolution", resolution);
        }

        static Strategy fromDocument(Document d) {
            return new Strategy(Fields.num(d, "sweep_start"), Fields.num(d, "sweep_end"), Fields.num(d, "img_width"),
                    Fields.num(d, "exposure_time"), Fields.num(d, "detDist"), Fields.num(d, "attenuation"),
                    Fields.num(d, "resolution"));
        }
    }

    @Override
    public Document toDocument() {
        return new Document("indexing", indexing.toDocument()).append("strategy", strategy.toDocument())
                .append("log", logPath);
    }

    public static CharacterizationStrategy fromDocument(Document d) {
        return new CharacterizationStrategy(Indexing.fromDocument(Fields.doc(d, "indexing")),
                Strategy.fromDocument(Fields.doc(d, "strategy")), Fields.optText(d, "log"));
    }
}
