package org.lsdcfx.gui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PV monitors of one GUI model, closed together. {@link #onFx} hands each value to the FX thread through the
 * throttle (keyed by PV name, so a burst on one PV costs one FX update); {@link #direct} keeps the PV's thread for
 * listeners that parse first. Used from the model's constructor or {@code connect}, closed from any thread.
 */
final class PvWatches implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(PvWatches.class);

    private final List<AutoCloseable> monitors = new ArrayList<>(); // guarded by this

    /** Watches {@code pv} (nothing when null) and runs {@code onFx} with its values on the FX thread. */
    void onFx(PvSource pvs, String pv, FxThrottle throttle, Consumer<PvValue> onFx) {
        if (pv != null) {
            direct(pvs, pv, v -> throttle.submit(pv, () -> onFx.accept(v)));
        }
    }

    /** Watches {@code pv}; {@code listener} runs on the PV source's thread. */
    synchronized void direct(PvSource pvs, String pv, Consumer<PvValue> listener) {
        monitors.add(pvs.monitor(pv, listener));
    }

    @Override
    public synchronized void close() {
        for (AutoCloseable m : monitors) {
            try {
                m.close();
            } catch (Exception e) {
                log.debug("closing a monitor: {}", e.toString());
            }
        }
        monitors.clear();
    }
}
