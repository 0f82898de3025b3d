package org.lsdcfx.daq.beamline;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The abort's device half: stops every axis, disarms the detector and closes the fast shutter through
 * {@link Beamline#stopAll()}, on its own thread, and waits at most {@code budget} for it. It never waits on a
 * readback PV that may not change (LSDC's abort hung waiting for {@code VectorActive}); if a stop write hangs
 * past the budget the caller gets an answer anyway. Thread-safe.
 */
public final class EmergencyStop {
    private static final Logger log = LoggerFactory.getLogger(EmergencyStop.class);
    private final BeamlineAccess beamline;
    private final Duration budget;

    public EmergencyStop(BeamlineAccess beamline, Duration budget) {
        this.beamline = beamline;
        this.budget = budget;
    }

    /** Sends the stops and reports, within {@code budget}, what happened. */
    public String stopAll() {
        if (!beamline.isConnected()) {
            return "no beamline devices to stop (" + beamline.unavailableReason() + ")";
        }
        Beamline b = beamline.get().orElseThrow();
        CompletableFuture<List<DeviceException>> stops = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                stops.complete(b.stopAll());
            } catch (RuntimeException e) {
                stops.completeExceptionally(e);
            }
        }, "daq-emergency-stop");
        t.setDaemon(true);
        t.start();
        try {
            List<DeviceException> failures = stops.get(budget.toMillis(), TimeUnit.MILLISECONDS);
            if (failures.isEmpty()) {
                return "motion stopped, detector disarmed, fast shutter closed";
            }
            return "stop sent; " + failures.size() + " device(s) did not confirm: "
                    + failures.stream().map(Throwable::getMessage).collect(Collectors.joining("; "));
        } catch (TimeoutException e) {
            log.error("Emergency stop still running after {} ms", budget.toMillis());
            return "stop commands still running after " + budget.toMillis() + " ms; check the devices";
        } catch (ExecutionException e) {
            log.error("Emergency stop failed", e.getCause());
            return "stop failed: " + e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "stop interrupted";
        }
    }
}
