package org.lsdcfx.device.pva;

import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Deadline arithmetic and bounded future waits shared by the device implementations. Stateless. */
public final class Waits {
    private Waits() {
    }

    /** A deadline {@code timeout} from now, in {@link System#nanoTime()} units. */
    public static long deadline(Duration timeout) {
        return System.nanoTime() + timeout.toNanos();
    }

    /** Time left until {@code deadline}, at least 1 ms so that a last check still happens. */
    public static Duration remaining(long deadline) {
        return Duration.ofNanos(Math.max(1_000_000, deadline - System.nanoTime()));
    }

    /**
     * Waits for a put confirmation (from {@link PvChannel#putAsync}) until {@code deadline}, turning every failure
     * into a {@link DeviceException} naming {@code device} and {@code pv}.
     */
    public static void await(CompletableFuture<Void> put, long deadline, String device, String pv, String what) {
        try {
            put.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new DeviceException(device, pv, Fault.TIMEOUT, what + ": not confirmed in time");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof DeviceException de ? de
                    : new DeviceException(device, pv, Fault.FAILED, what + ": " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(device, pv, Fault.INTERRUPTED, what + ": interrupted", e);
        }
    }
}
