package org.lsdcfx.gui.testbed;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.testfx.util.WaitForAsyncUtils;

/** Waits on conditions with a time-out (never a bare sleep as synchronisation), and reads FX state safely. */
public final class Await {
    public static final Duration WAIT = Duration.ofSeconds(20);

    private Await() {
    }

    /** Polls {@code condition} until it holds; fails with {@code what} (evaluated then) after {@code timeout}. */
    public static void until(Duration timeout, BooleanSupplier condition, Supplier<String> what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toMillis() + " ms waiting for " + what.get());
            }
            try {
                Thread.sleep(10); // the poll interval of this wait, not a synchronisation delay
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    public static void until(BooleanSupplier condition, String what) {
        until(WAIT, condition, () -> what);
    }

    /** Evaluates {@code query} on the FX thread and returns its result to the test thread. */
    public static <T> T fx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("FX query failed: " + e, e);
        }
    }

    /** Runs {@code action} on the FX thread and waits for it. */
    public static void onFx(Runnable action) {
        fx(() -> {
            action.run();
            return null;
        });
    }

    /** Polls an FX-thread condition. */
    public static void untilFx(BooleanSupplier condition, String what) {
        until(() -> fx(condition::getAsBoolean), what);
    }
}
