package org.lsdcfx.processing;

import java.nio.file.Path;

/** Reads a processing program's results from its working directory. Implementations are stateless and thread-safe. */
public interface SummaryParser {

    /**
     * The summary of a run that exited successfully. Never throws: unreadable or missing results give a FAILED
     * summary saying so.
     *
     * @param program          the program name to report
     * @param workingDirectory where the program ran
     * @param capturedLog      its captured standard output and error
     */
    ProcessingSummary parse(String program, Path workingDirectory, Path capturedLog);
}
