package org.lsdcfx.device.beam;

import java.time.Duration;

/** The fast (experiment) shutter. Thread-safe; waits are bounded by their timeout. */
public interface FastShutter {

    /** Opens and waits until the readback says open. */
    void open(Duration timeout);

    /** Closes and waits until the readback says closed. */
    void close(Duration timeout);

    /** Latest readback. */
    ShutterState state();
}
