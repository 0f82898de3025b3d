package org.lsdcfx.daq.routine;

/**
 * How a routine ended.
 *
 * @param kind    done, failed or aborted
 * @param message what happened, for the request's status reason and the GUI
 */
public record RoutineOutcome(Kind kind, String message) {
    public enum Kind { DONE, FAILED, ABORTED }

    public static RoutineOutcome done(String message) {
        return new RoutineOutcome(Kind.DONE, message);
    }

    public static RoutineOutcome failed(String message) {
        return new RoutineOutcome(Kind.FAILED, message);
    }

    public static RoutineOutcome aborted(String message) {
        return new RoutineOutcome(Kind.ABORTED, message);
    }
}
