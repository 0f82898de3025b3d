package org.lsdcfx.datafiles.layout;

/** What to do when the requested run directory already exists. Either way it is never reused. */
public enum RunPolicy {
    /** Take the next run number whose directory does not exist (and say so in the result). */
    NEXT_FREE,
    /** Refuse the request with {@link Refusal#RUN_EXISTS}. */
    FAIL_IF_EXISTS
}
