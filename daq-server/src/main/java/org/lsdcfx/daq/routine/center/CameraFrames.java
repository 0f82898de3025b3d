package org.lsdcfx.daq.routine.center;

import java.util.Arrays;
import org.lsdcfx.analysis.loop.GreyImage;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.device.camera.CameraImage;
import org.lsdcfx.device.camera.SampleCamera;

/**
 * Frames taken after the goniometer stopped. {@link SampleCamera} gives the latest frame only, without a counter or
 * time stamp, so "newer" is told by content: the frame read once the moves reported done, or the first one that
 * differs from it. A streaming camera delivers a differing frame within a frame period, and that frame was published
 * after the read, hence after the move ended (a camera counter or time stamp would tell this exactly; the
 * {@code SampleCamera} contract has neither). A camera that renders only when the scene changes (the simulator) shows no
 * newer frame within {@code frameQuiet}; the frame read after the move is then already the final one. Used on the
 * routine's thread; the wait polls the camera and ends early on abort.
 */
final class CameraFrames {
    private final SampleCamera camera;
    private final LoopCentringSettings settings;

    CameraFrames(SampleCamera camera, LoopCentringSettings settings) {
        this.camera = camera;
        this.settings = settings;
    }

    /** A frame newer than every completed move. Call after the moves' futures completed. */
    GreyImage afterMoves(RoutineContext ctx) throws AbortedException, InterruptedException {
        CameraImage first = camera.latestImage();
        long deadline = System.nanoTime() + settings.frameQuiet().toNanos();
        while (System.nanoTime() < deadline) {
            ctx.waitUnlessAborted(settings.framePoll());
            CameraImage next = camera.latestImage();
            if (next.width() != first.width() || next.height() != first.height()
                    || !Arrays.equals(next.pixels(), first.pixels())) {
                return grey(next);
            }
        }
        return grey(first);
    }

    SampleCamera camera() {
        return camera;
    }

    private static GreyImage grey(CameraImage image) {
        return new GreyImage(image.width(), image.height(), image.pixels());
    }
}
