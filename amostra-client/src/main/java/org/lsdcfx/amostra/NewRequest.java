package org.lsdcfx.amostra;

/**
 * What it takes to create a request (LSDC's {@code createRequest}/{@code addRequesttoSample}). The request type
 * is the request_obj's {@code protocol}; the request_obj's {@code sample} is set to {@code sample}.
 *
 * @param priority {@link Priority#DEFAULT_QUEUED} to queue it, {@link Priority#UNQUEUED} to only add it
 */
public record NewRequest(String sample, String owner, Integer proposalID, int priority, RequestObj requestObj) {
    /** A queued request at the default priority. */
    public NewRequest(String sample, String owner, Integer proposalID, RequestObj requestObj) {
        this(sample, owner, proposalID, Priority.DEFAULT_QUEUED, requestObj);
    }
}
