package org.lsdcfx.gui.model;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * PV access for the GUI's model layer: monitors and put-callback writes, by PV name. Implementations connect in
 * the background and never block the caller.
 *
 * <p>Threading: listeners run on the PV library's threads; they must only hand values on (to an
 * {@link FxThrottle}), never touch FX nodes.
 */
public interface PvSource extends AutoCloseable {
    /**
     * Monitors a PV. The listener gets the current value once connected (also after a reconnect), every change,
     * and {@link PvValue#disconnected} when the connection is lost. Closing the returned handle stops it.
     */
    AutoCloseable monitor(String pvName, Consumer<PvValue> listener);

    /** Writes the PV's {@code value} field with put-callback; completes when the server has processed it. */
    CompletableFuture<Void> write(String pvName, Object value);

    @Override
    void close();
}
