package org.lsdcfx.processing;

/**
 * The figures a person looks at after automatic processing, for the whole resolution range ("overall"). Fields are
 * null when the program did not report them (always for a failed run). Same meaning as analysisstore's
 * {@code ProcessingSummary} ({@code result_type "fastDP"}), plus multiplicity and CC1/2.
 *
 * @param program        "fast_dp", ...
 * @param status         SUCCESS or FAILED
 * @param spaceGroup     e.g. "P 41 21 2"
 * @param unitCell       the refined cell
 * @param resolutionLow  Å
 * @param resolutionHigh Å
 * @param completeness   percent
 * @param multiplicity   mean multiplicity
 * @param iSigma         mean I/σ(I)
 * @param rMerge         R-merge as a fraction (0.061, not 6.1 %)
 * @param ccHalf         CC1/2 as a fraction
 * @param logPath        the program's log (or the captured output when it wrote none)
 * @param detail         why it failed, or where the figures came from
 */
public record ProcessingSummary(String program, Status status, String spaceGroup, UnitCell unitCell, Double resolutionLow,
                                Double resolutionHigh, Double completeness, Double multiplicity, Double iSigma,
                                Double rMerge, Double ccHalf, String logPath, String detail) {
    /** Whether processing produced results; labels as analysisstore spells them. */
    public enum Status {
        SUCCESS("success"), FAILED("failed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ProcessingSummary {
        if (program == null || program.isBlank() || status == null) {
            throw new IllegalArgumentException("a processing summary needs the program and the status");
        }
        logPath = logPath == null ? "" : logPath;
        detail = detail == null ? "" : detail;
    }

    public static ProcessingSummary failed(String program, String logPath, String detail) {
        return new ProcessingSummary(program, Status.FAILED, null, null, null, null, null, null, null, null, null, logPath,
                detail);
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }
}
