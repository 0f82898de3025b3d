package org.lsdcfx.daq.routine.center;

import java.time.Duration;
import org.lsdcfx.analysis.loop.LoopFinderParams;

/**
 * Tuning of {@link OpticalLoopCentring}.
 *
 * @param finder        loop-finder parameters (analysis)
 * @param retryShiftUm  when nothing is found in the first image, sample X moves by this much and looks again once
 *                      (LSDC: 200 µm)
 * @param centredPx     an offset of at most this many camera pixels counts as centred (no further move)
 * @param maxSightings  images per view: look, move, look again until centred or this many images
 * @param frameQuiet    a camera that only renders on change (the simulator) shows nothing newer within this time
 *                      after a move when the frame read after the move is already the final one; a streaming camera
 *                      shows a newer frame well within it
 * @param framePoll     how often the camera is read while waiting for a newer frame
 */
public record LoopCentringSettings(LoopFinderParams finder, double retryShiftUm, double centredPx, int maxSightings,
                                   Duration frameQuiet, Duration framePoll) {

    public LoopCentringSettings {
        if (finder == null || !Double.isFinite(retryShiftUm) || !(centredPx > 0) || maxSightings < 1
                || frameQuiet == null || framePoll == null || framePoll.isNegative() || framePoll.isZero()
                || frameQuiet.compareTo(framePoll) < 0) {
            throw new IllegalArgumentException("loop centring settings out of range: retryShiftUm " + retryShiftUm
                    + ", centredPx " + centredPx + " (> 0), maxSightings " + maxSightings + " (≥ 1), frameQuiet "
                    + frameQuiet + " (≥ framePoll " + framePoll + " > 0)");
        }
    }

    /** LSDC's 200 µm retry, 1.5 px, 4 images per view, 0.5 s quiet, 25 ms polls. */
    public static LoopCentringSettings defaults() {
        return new LoopCentringSettings(LoopFinderParams.defaults(), 200, 1.5, 4, Duration.ofMillis(500),
                Duration.ofMillis(25));
    }

    public LoopCentringSettings withFinder(LoopFinderParams p) {
        return new LoopCentringSettings(p, retryShiftUm, centredPx, maxSightings, frameQuiet, framePoll);
    }

    public LoopCentringSettings withFrameQuiet(Duration quiet) {
        return new LoopCentringSettings(finder, retryShiftUm, centredPx, maxSightings, quiet, framePoll);
    }
}
