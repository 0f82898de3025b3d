package org.lsdcfx.daq.routine.center;

import org.lsdcfx.daq.routine.RoutineContext;

/**
 * Optical loop centring on the sample camera (LSDC's {@code detect_loop}): finds the loop, centres it on the beam in
 * both views, leaves omega at the face-on angle and says how large the loop is. Auto-raster and raster screening
 * start from it.
 */
public interface LoopCentring {

    /**
     * @throws CentringException when no loop is found or it cannot be brought to the beam
     */
    LoopBox centre(RoutineContext ctx) throws Exception;
}
