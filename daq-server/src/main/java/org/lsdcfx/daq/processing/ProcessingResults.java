package org.lsdcfx.daq.processing;

import org.lsdcfx.analysisstore.payload.PayloadType;
import org.lsdcfx.analysisstore.payload.ProcessingSummary;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.analysisstore.payload.UnitCell;

/**
 * Turns the processing module's summary into analysisstore's ({@code fastDP} for fast_dp, the generic
 * {@code processing} for any other program), in LSDC's field names. Stateless.
 */
public final class ProcessingResults {
    private ProcessingResults() {
    }

    /** {@code fastDP} when the program is fast_dp (whatever its path), else {@code processing}. */
    public static PayloadType<ProcessingSummary> typeFor(String program) {
        String name = program == null ? "" : program.substring(program.lastIndexOf('/') + 1);
        return name.equals("fast_dp") ? ResultTypes.FAST_DP : ResultTypes.PROCESSING;
    }

    public static ProcessingSummary toStored(org.lsdcfx.processing.ProcessingSummary s, String programName) {
        if (!s.succeeded()) {
            return ProcessingSummary.failed(programName, s.logPath());
        }
        org.lsdcfx.processing.UnitCell c = s.unitCell();
        UnitCell cell = c == null ? null : new UnitCell(c.a(), c.b(), c.c(), c.alpha(), c.beta(), c.gamma());
        Double completeness = s.completeness() == null ? null : Math.max(0, Math.min(100, s.completeness()));
        return new ProcessingSummary(programName, ProcessingSummary.SUCCESS, s.spaceGroup(), cell, s.resolutionLow(),
                s.resolutionHigh(), completeness, s.iSigma(), s.rMerge(), s.logPath());
    }
}
