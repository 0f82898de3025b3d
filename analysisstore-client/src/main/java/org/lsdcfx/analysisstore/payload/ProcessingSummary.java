package org.lsdcfx.analysisstore.payload;

import org.bson.Document;

/**
 * Summary of an automatic processing run: {@code result_type "fastDP"} (program fast_dp) or the generic
 * {@code "processing"} (xia2, autoPROC, DIALS, ...). Statistics are for the whole resolution range; they are
 * null when unknown (a failed run). LSDC stored fast_dp's whole XML as a dict; LSDC-FX keeps the figures a
 * person looks at and the log path.
 *
 * @param program        "fast_dp", "xia2", ...
 * @param status         "success" or "failed"
 * @param spaceGroup     space group symbol ("P 21 21 21"), or null
 * @param unitCell       the cell, or null
 * @param resolutionLow  low-resolution limit, Å, or null
 * @param resolutionHigh high-resolution limit, Å, or null
 * @param completeness   completeness, percent, or null
 * @param iSigma         mean I/σ(I), or null
 * @param rMerge         R-merge (fraction, not percent), or null
 * @param logPath        path of the program's log or output directory
 */
public record ProcessingSummary(String program, String status, String spaceGroup, UnitCell unitCell,
                                Double resolutionLow, Double resolutionHigh, Double completeness, Double iSigma,
                                Double rMerge, String logPath) implements ResultPayload {
    public static final String SUCCESS = "success";
    public static final String FAILED = "failed";

    public ProcessingSummary {
        if (program == null || program.isBlank()) {
            throw new IllegalArgumentException("a processing summary needs the program name");
        }
        if (!SUCCESS.equals(status) && !FAILED.equals(status)) {
            throw new IllegalArgumentException("processing status must be '" + SUCCESS + "' or '" + FAILED + "', got '"
                    + status + "'");
        }
        if (completeness != null && (completeness < 0 || completeness > 100)) {
            throw new IllegalArgumentException("completeness is a percentage 0..100, got " + completeness);
        }
        logPath = logPath == null ? "" : logPath;
    }

    /** A failed run: only the program, and the log to look at. */
    public static ProcessingSummary failed(String program, String logPath) {
        return new ProcessingSummary(program, FAILED, null, null, null, null, null, null, null, logPath);
    }

    public boolean succeeded() {
        return SUCCESS.equals(status);
    }

    @Override
    public Document toDocument() {
        Document d = new Document("program", program).append("status", status);
        Fields.putOpt(d, "spaceGroup", spaceGroup);
        Fields.putOpt(d, "unitCell", unitCell == null ? null : unitCell.toDocument());
        Fields.putOpt(d, "resolutionLow", resolutionLow);
        Fields.putOpt(d, "resolutionHigh", resolutionHigh);
        Fields.putOpt(d, "completeness", completeness);
        Fields.putOpt(d, "ISigma", iSigma);
        Fields.putOpt(d, "Rmerge", rMerge);
        return d.append("logPath", logPath);
    }

    public static ProcessingSummary fromDocument(Document d) {
        return new ProcessingSummary(Fields.text(d, "program"), Fields.text(d, "status"), Fields.optText(d, "spaceGroup"),
                d.get("unitCell") == null ? null : UnitCell.fromDocument(Fields.doc(d, "unitCell")),
                Fields.optNum(d, "resolutionLow"), Fields.optNum(d, "resolutionHigh"), Fields.optNum(d, "completeness"),
                Fields.optNum(d, "ISigma"), Fields.optNum(d, "Rmerge"), Fields.optText(d, "logPath"));
    }
}
