package org.lsdcfx.daq.routine.collect;

/** What a dataset does when the beam is lost while it is being collected. */
public enum BeamLossPolicy {
    /**
     * Stop the series (the master says incomplete), wait for the beam with the reason shown, then continue from the
     * first frame taken after the loss (at a data-file boundary) into new data files of the same dataset.
     */
    PAUSE_AND_RESUME,
    /** Stop the series and fail the request, saying at which frame; re-queueing the request resumes the dataset. */
    FAIL
}
