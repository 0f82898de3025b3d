package org.lsdcfx.daq.routine.center;

import org.lsdcfx.daq.routine.RoutineContext;

/**
 * An automatic centring method a request names in {@code centeringOption} (LSDC's "AutoLoop", "AutoRaster"). The
 * collection routines look it up in {@link AutoCentrings} before collecting. Implementations run on the routine's
 * thread and call {@link RoutineContext#checkpoint()} between steps.
 */
public interface AutoCentring {

    /** The {@code centeringOption} value this method answers to, e.g. "AutoLoop". */
    String option();

    /**
     * Brings the sample of {@code ctx.request()} onto the beam.
     *
     * @throws CentringException with the reason when the sample cannot be centred (nothing is collected then)
     */
    void centre(RoutineContext ctx) throws Exception;
}
