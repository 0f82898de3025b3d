package org.lsdcfx.daq.routine.collect;

import org.lsdcfx.daq.routine.RoutineContext;

/**
 * Reports a part of a request's progress on {@code state_percent} and {@code current_request}: this part covers the
 * fraction {@code offset} .. {@code offset + span} of the request. Used on the routine's thread.
 */
final class ProgressReport {
    private final RoutineContext ctx;
    private final double offset;
    private final double span;
    private final String label;
    private double last;

    ProgressReport(RoutineContext ctx, double offset, double span, String label) {
        this.ctx = ctx;
        this.offset = offset;
        this.span = span;
        this.label = label;
        this.last = offset;
    }

    static ProgressReport whole(RoutineContext ctx, String label) {
        return new ProgressReport(ctx, 0, 1, label);
    }

    /** A sub-range of this one: {@code part} of {@code parts}. */
    ProgressReport part(int part, int parts, String subLabel) {
        return new ProgressReport(ctx, offset + span * part / parts, span / parts, subLabel);
    }

    /** {@code done} of {@code total} frames written, about {@code secondsLeft} to go (negative: unknown). */
    void frames(int done, int total, double secondsLeft) {
        last = offset + span * Math.min(1.0, (double) done / total);
        String left = secondsLeft < 0 ? "" : ", " + duration(secondsLeft) + " left";
        ctx.progress(last, label + ": frame " + done + " of " + total + left);
    }

    /** What is happening now, progress unchanged. */
    void step(String what) {
        ctx.progress(last, label + ": " + what);
    }

    static String duration(double seconds) {
        long s = Math.round(Math.max(0, seconds));
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }
}
