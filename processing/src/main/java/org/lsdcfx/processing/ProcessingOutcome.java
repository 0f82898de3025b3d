package org.lsdcfx.processing;

import org.lsdcfx.processing.exec.JobResult;
import org.lsdcfx.processing.exec.ProcessingJob;

/**
 * The end of the processing of one dataset, handed to the daq server's callback (which stores it, e.g. as an
 * analysisstore {@code fastDP} result).
 *
 * @param dataset the dataset
 * @param job     the job that ran, or null when none could be set up
 * @param result  how the job ended
 * @param summary the parsed figures (FAILED with the reason when there are none)
 */
public record ProcessingOutcome(CompletedDataset dataset, ProcessingJob job, JobResult result, ProcessingSummary summary) {
    public boolean succeeded() {
        return summary.succeeded();
    }
}
