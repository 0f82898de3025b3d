package org.lsdcfx.analysisstore;

import org.bson.Document;
import org.lsdcfx.analysisstore.payload.PayloadFormatException;
import org.lsdcfx.analysisstore.payload.PayloadType;
import org.lsdcfx.analysisstore.payload.ResultPayload;

/**
 * One stored analysis result in LSDC's shape. Results are immutable once written (as in LSDC's analysisstore).
 *
 * @param uid        result uid
 * @param time       epoch seconds when it was stored
 * @param resultType LSDC's {@code result_type}
 * @param owner      Unix login
 * @param sample     sample uid, or null
 * @param request    request uid, or null
 * @param proposalID proposal number, or null
 * @param beamline   beamline id ({@code beamline}, or LSDC's {@code beamline_id})
 * @param provenance who produced it ({@code {lsdc: 1, ...}})
 * @param resultObj  the payload document, readable raw whatever the type
 */
public record Result(String uid, double time, String resultType, String owner, String sample, String request,
                     Integer proposalID, String beamline, Document provenance, Document resultObj) {

    /**
     * The typed payload.
     *
     * @throws PayloadFormatException when this result is of another type or its {@code result_obj} does not fit
     */
    public <P extends ResultPayload> P payload(PayloadType<P> type) {
        if (!type.resultType().equals(resultType)) {
            throw new PayloadFormatException("result " + uid + " is a " + resultType + ", not a " + type.resultType());
        }
        return type.read(resultObj);
    }

    static Result fromDocument(Document d) {
        Object proposal = d.get("proposalID");
        Integer proposalID = proposal instanceof Number n ? Integer.valueOf(n.intValue()) : parse(proposal);
        Object bl = d.get("beamline") != null ? d.get("beamline") : d.get("beamline_id");
        Number time = d.get("time", Number.class);
        return new Result(d.getString("uid"), time == null ? 0 : time.doubleValue(), d.getString("result_type"),
                d.getString("owner"), d.getString("sample"), d.getString("request"), proposalID,
                bl == null ? null : String.valueOf(bl), d.get("provenance", Document.class),
                d.get("result_obj", Document.class));
    }

    private static Integer parse(Object proposal) {
        if (proposal instanceof String s) {
            try {
                return Integer.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
