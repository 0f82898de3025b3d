package org.lsdcfx.device.pva;

import org.epics.pva.client.ClientChannelState;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVAStructure;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One PV as a device sees it: a PVA channel, optionally a long-lived monitor holding the latest value, and bounded
 * reads, put-callback writes and condition waits that fail with a {@link DeviceException} naming device and PV.
 *
 * <p>Waits re-read the PV every {@link #REFRESH} while no monitor update arrives, because core-pva can lose the
 * first update after subscribing (STACK.md §2, gotcha 1); a wait therefore never hangs on a missed event.
 *
 * <p>Thread-safe. {@code latest} and {@code version} are guarded by {@code lock}; monitor callbacks run on the PVA
 * client's threads and only store the value, signal and notify listeners.
 */
public final class PvChannel implements AutoCloseable {
    static final Duration REFRESH = Duration.ofMillis(200);
    private static final Logger LOG = LoggerFactory.getLogger(PvChannel.class);

    private final String device;
    private final String name;
    private final Duration ioTimeout;
    private final PVAClient client;
    private volatile PVAChannel channel; // replaced only by restartSearch(), before the channel is in use
    private final boolean monitored;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final List<Consumer<PVAStructure>> listeners = new CopyOnWriteArrayList<>();
    private PVAStructure latest;                 // guarded by lock
    private volatile AutoCloseable subscription; // set once under this, after connect; closed on close()
    private volatile boolean everConnected;
    private volatile boolean lostConnection;
    private volatile boolean closed;

    /**
     * Creates the channel and starts searching; call {@link #connectAsync()} and wait for it.
     *
     * @param monitored keep a monitor with the latest value (false for large arrays read on demand)
     */
    public PvChannel(PVAClient client, String device, String name, Duration ioTimeout, boolean monitored) {
        this.device = device;
        this.name = name;
        this.ioTimeout = ioTimeout;
        this.monitored = monitored;
        this.client = client;
        this.channel = client.getChannel(name, this::stateChanged);
    }

    /** True once connected (and, if monitored, subscribed). */
    public boolean isConnected() {
        return channel.isConnected() && (!monitored || subscription != null);
    }

    /**
     * Drops the unconnected channel and searches again from scratch. core-pva backs off between search retries
     * (up to 30 s), so a lost search reply can delay a connection for many seconds; a fresh channel is searched at
     * once. Only for channels that never connected (used by {@link ChannelSet#connectAll}).
     */
    synchronized void restartSearch() {
        if (everConnected || subscription != null) {
            return;
        }
        PVAChannel old = channel;
        channel = client.getChannel(name, this::stateChanged);
        old.close();
    }

    public String name() {
        return name;
    }

    public String device() {
        return device;
    }

    /** Completes when the channel is connected and (if monitored) subscribed. */
    public CompletableFuture<Void> connectAsync() {
        PVAChannel ch = channel;
        return ch.connect().thenAccept(ok -> {
            if (monitored) {
                subscribeOnce(ch);
            }
        });
    }

    private synchronized void subscribeOnce(PVAChannel ch) {
        if (ch != channel) {
            throw new IllegalStateException(name + ": channel was replaced by a new search");
        }
        if (subscription == null) {
            try {
                subscription = ch.subscribe("", (c, changes, overruns, data) -> {
                    if (data != null) {
                        store(data.cloneData());
                    }
                });
            } catch (Exception e) {
                throw new DeviceException(device, name, Fault.DISCONNECTED, "cannot subscribe: " + e, e);
            }
        }
    }

    private void stateChanged(PVAChannel ch, ClientChannelState state) {
        if (state == ClientChannelState.CONNECTED) {
            everConnected = true;
            lostConnection = false;
        } else if (everConnected && !lostConnection && !closed) {
            lostConnection = true;
            LOG.warn("{}: PV {} disconnected ({})", device, name, state);
        }
        signal();
    }

    private void store(PVAStructure value) {
        lock.lock();
        try {
            latest = value;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
        for (Consumer<PVAStructure> l : listeners) {
            try {
                l.accept(value);
            } catch (RuntimeException e) {
                LOG.warn("{}: listener on {} failed: {}", device, name, e.toString());
            }
        }
    }

    private void signal() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private PVAStructure latestOrNull() {
        lock.lock();
        try {
            return latest;
        } finally {
            lock.unlock();
        }
    }

    /** The latest monitored value, or a fresh read if no monitor value has arrived (or not monitored). */
    public PVAStructure get() {
        PVAStructure v = monitored ? latestOrNull() : null;
        return v != null ? v : read(ioTimeout);
    }

    /** Reads the PV now, bypassing the monitor cache (the cache is refreshed with the result). */
    public PVAStructure read(Duration timeout) {
        checkConnected();
        try {
            PVAStructure v = channel.read("").get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (monitored) {
                storeIfNewer(v);
            }
            return v;
        } catch (TimeoutException e) {
            throw new DeviceException(device, name, Fault.TIMEOUT, "no read reply within " + timeout.toMillis()
                    + " ms");
        } catch (ExecutionException e) {
            throw new DeviceException(device, name, Fault.DISCONNECTED, "read failed: " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(device, name, Fault.INTERRUPTED, "interrupted while reading", e);
        }
    }

    private void storeIfNewer(PVAStructure v) {
        // A read reply is at least as new as any monitor value received before it, so it may replace it.
        lock.lock();
        try {
            latest = v;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public double getDouble() {
        return convert(get(), PvValues::asDouble);
    }

    public int getInt() {
        return convert(get(), PvValues::asInt);
    }

    public boolean getBoolean() {
        return convert(get(), PvValues::asBoolean);
    }

    public String getString() {
        return convert(get(), PvValues::asString);
    }

    /** Applies {@code conversion}, turning a bad value into a {@link DeviceException} naming this PV. */
    public <T> T convert(PVAStructure s, Function<PVAStructure, T> conversion) {
        try {
            return conversion.apply(s);
        } catch (RuntimeException e) {
            throw new DeviceException(device, name, Fault.FAILED, "unexpected value: " + e.getMessage(), e);
        }
    }

    /** Writes {@code value} with put-callback and waits for the server's confirmation (I/O timeout). */
    public void put(Object value) {
        put(value, ioTimeout);
    }

    /** Writes {@code value} with put-callback and waits at most {@code timeout} for the confirmation. */
    public void put(Object value, Duration timeout) {
        checkConnected();
        try {
            channel.write(true, "value", value).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new DeviceException(device, name, Fault.TIMEOUT, "no put confirmation for " + value + " within "
                    + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            throw new DeviceException(device, name, Fault.FAILED, "write of " + value + " rejected: "
                    + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(device, name, Fault.INTERRUPTED, "interrupted while writing", e);
        } catch (Exception e) {
            throw new DeviceException(device, name, Fault.FAILED, "cannot write " + value + ": " + e, e);
        }
    }

    /**
     * Writes {@code value} with put-callback without waiting. The future completes when the server confirms (an
     * EPICS motor record confirms only when the move has finished) or fails with a {@link DeviceException}.
     */
    public CompletableFuture<Void> putAsync(Object value) {
        checkConnected();
        CompletableFuture<Void> done = new CompletableFuture<>();
        try {
            channel.write(true, "value", value).whenComplete((ok, error) -> {
                if (error == null) {
                    done.complete(null);
                } else {
                    Throwable cause = error instanceof ExecutionException && error.getCause() != null
                            ? error.getCause() : error;
                    done.completeExceptionally(new DeviceException(device, name, Fault.FAILED, "write of " + value
                            + " rejected: " + cause.getMessage(), cause));
                }
            });
        } catch (Exception e) {
            done.completeExceptionally(new DeviceException(device, name, Fault.FAILED, "cannot write " + value
                    + ": " + e, e));
        }
        return done;
    }

    /**
     * Waits until {@code condition} holds for the PV's value and returns that value.
     *
     * @param what what is awaited, for the timeout message ("done moving", "state SA")
     */
    public PVAStructure await(Predicate<PVAStructure> condition, Duration timeout, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        PVAStructure current = get();
        while (true) {
            if (convert(current, condition::test)) {
                return current;
            }
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new DeviceException(device, name, Fault.TIMEOUT, "timed out after " + timeout.toMillis()
                        + " ms waiting for " + what + "; last value " + describe(current));
            }
            current = next(current, Math.min(remaining, REFRESH.toNanos()));
        }
    }

    // Waits up to nanos for a monitor update; without one, re-reads the PV so a lost update cannot stall us.
    private PVAStructure next(PVAStructure seen, long nanos) {
        checkConnected();
        if (monitored) {
            lock.lock();
            try {
                long left = nanos;
                while (latest == seen && left > 0) {
                    left = changed.awaitNanos(left);
                    checkConnected();
                }
                if (latest != seen) {
                    return latest;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DeviceException(device, name, Fault.INTERRUPTED, "interrupted while waiting", e);
            } finally {
                lock.unlock();
            }
        } else {
            sleepQuietly(nanos);
        }
        return read(ioTimeout);
    }

    private void sleepQuietly(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException(device, name, Fault.INTERRUPTED, "interrupted while waiting", e);
        }
    }

    private void checkConnected() {
        if (!channel.isConnected()) {
            throw new DeviceException(device, name, Fault.DISCONNECTED, "PV is not connected");
        }
    }

    private static String describe(PVAStructure s) {
        try {
            return PvValues.asString(s);
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /**
     * Calls {@code listener} with every monitored value (starting with the latest one, if any). Runs on PVA client
     * threads. Close the handle to remove it.
     */
    public AutoCloseable addListener(Consumer<PVAStructure> listener) {
        if (!monitored) {
            throw new IllegalStateException(name + " is not monitored");
        }
        listeners.add(listener);
        PVAStructure now = latestOrNull();
        if (now != null) {
            listener.accept(now);
        }
        return () -> listeners.remove(listener);
    }

    @Override
    public void close() {
        closed = true;
        AutoCloseable sub = subscription;
        if (sub != null) {
            try {
                sub.close();
            } catch (Exception e) {
                LOG.debug("{}: closing monitor on {}: {}", device, name, e.toString());
            }
        }
        listeners.clear();
        channel.close();
    }

    @Override
    public String toString() {
        return device + ":" + name;
    }
}
