package org.lsdcfx.analysisstore;

/**
 * What a new result belongs to: LSDC's {@code owner}, {@code sample}, {@code request} and {@code proposalID}
 * header fields. Use the factories for LSDC's three cases ({@code addResultforRequest},
 * {@code addResulttoSample}, {@code addResulttoBL}).
 *
 * @param owner      Unix login of the user the result belongs to
 * @param sample     amostra sample uid, or null
 * @param request    amostra request uid, or null
 * @param proposalID proposal number, or null
 */
public record ResultContext(String owner, String sample, String request, Integer proposalID) {
    public ResultContext {
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("a result needs an owner");
        }
        if (request != null && sample == null) {
            throw new IllegalArgumentException("a result for request " + request + " also needs the request's sample");
        }
    }

    public static ResultContext forRequest(String owner, String sampleUid, String requestUid, Integer proposalID) {
        return new ResultContext(owner, sampleUid, requestUid, proposalID);
    }

    public static ResultContext forSample(String owner, String sampleUid, Integer proposalID) {
        return new ResultContext(owner, sampleUid, null, proposalID);
    }

    /** A result of the beamline itself (for example a snapshot with no sample mounted). */
    public static ResultContext forBeamline(String owner, Integer proposalID) {
        return new ResultContext(owner, null, null, proposalID);
    }
}
