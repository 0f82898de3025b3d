package org.lsdcfx.daq.control;

/** What the request queue does when the current request ends. */
public enum AfterRequest {
    /** Go on with the next request. */
    CONTINUE(""),
    /** Hold before the next request until {@code continue_data_collection} (deferred pause). */
    PAUSE("pause after this request"),
    /** End the queue (LSDC {@code stopDCQueue(2)}). */
    STOP("stop after this request");

    private final String label;

    AfterRequest(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
