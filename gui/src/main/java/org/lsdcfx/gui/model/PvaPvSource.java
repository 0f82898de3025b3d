package org.lsdcfx.gui.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.epics.pva.client.ClientChannelState;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVABool;
import org.epics.pva.data.PVAData;
import org.epics.pva.data.PVANumber;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStringArray;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.data.PVAValue;
import org.lsdcfx.device.pva.SearchRounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link PvSource} over a core-pva {@link PVAClient}: one channel per PV name, shared by its monitors and writes.
 * On every (re)connection it subscribes and also reads the value once, because core-pva can lose the first
 * update published right after a subscription (STACK.md §2, gotcha 1). A channel that is not connected is searched
 * afresh after rounds of 1, 2, 4 and then every 8 s ({@link SearchRounds}): core-pva's own retries back off to 30 s,
 * so one lost search reply would otherwise leave a status field blank for that long.
 *
 * <p>Thread-safe: the channel map is concurrent; each entry guards its subscription with itself.
 */
public final class PvaPvSource implements PvSource {
    private static final Logger log = LoggerFactory.getLogger(PvaPvSource.class);

    private final PVAClient client;
    private final Duration writeTimeout;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ScheduledExecutorService searches = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pv-source-search");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    /**
     * @param client       the PVA client (not closed by this source); give the GUI a client of its own, so the
     *                     daq server sees the GUI as one connection (control master is per connection)
     * @param writeTimeout how long a write waits for the channel to connect, and then for the server's answer
     */
    public PvaPvSource(PVAClient client, Duration writeTimeout) {
        this.client = client;
        this.writeTimeout = writeTimeout;
    }

    @Override
    public AutoCloseable monitor(String pvName, Consumer<PvValue> listener) {
        Entry e = entry(pvName);
        e.listeners.add(listener);
        PvValue last = e.last;
        if (last.connected()) {
            listener.accept(last);
        }
        return () -> e.listeners.remove(listener);
    }

    @Override
    public CompletableFuture<Void> write(String pvName, Object value) {
        Entry e = entry(pvName);
        return e.connection()
                .orTimeout(writeTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .thenCompose(ch -> {
                    try {
                        return ch.write(true, "value", value);
                    } catch (Exception ex) {
                        return CompletableFuture.failedFuture(ex);
                    }
                })
                .orTimeout(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Entry entry(String pvName) {
        if (closed) {
            throw new IllegalStateException("the PV source is closed");
        }
        return entries.computeIfAbsent(pvName, Entry::new);
    }

    @Override
    public void close() {
        closed = true;
        searches.shutdownNow();
        entries.values().forEach(Entry::close);
        entries.clear();
    }

    /** The NT {@code timeStamp} (POSIX epoch in PVA), or null without one. */
    static Instant timeOf(PVAStructure data) {
        if (!(data.get("timeStamp") instanceof PVAStructure ts)
                || !(ts.get("secondsPastEpoch") instanceof PVANumber seconds)) {
            return null;
        }
        long nanos = ts.get("nanoseconds") instanceof PVANumber n ? n.getNumber().longValue() : 0;
        return Instant.ofEpochSecond(seconds.getNumber().longValue(), nanos);
    }

    /** The NT {@code value} field as a plain Java value (see {@link PvValue}). */
    static Object valueOf(PVAStructure data) {
        PVAData v = data.get("value");
        if (v instanceof PVAString s) {
            return s.get();
        }
        if (v instanceof PVANumber n) {
            return n.getNumber();
        }
        if (v instanceof PVABool b) {
            return b.get();
        }
        if (v instanceof PVAStringArray a) {
            return a.get();
        }
        if (v instanceof PVAStructure enumValue) { // NTEnum: {index, choices}
            PVANumber index = enumValue.get("index");
            PVAStringArray choices = enumValue.get("choices");
            if (index != null && choices != null) {
                int i = index.getNumber().intValue();
                String[] c = choices.get();
                return i >= 0 && i < c.length ? c[i] : Integer.toString(i);
            }
        }
        return v instanceof PVAValue pv ? pv.formatValue() : null;
    }

    private final class Entry {
        final String name;
        final List<Consumer<PvValue>> listeners = new CopyOnWriteArrayList<>();
        volatile PvValue last;
        private PVAChannel channel;          // guarded by this; null until the first search starts; replaced by a
                                             // fresh search while not connected
        private CompletableFuture<PVAChannel> connection = new CompletableFuture<>(); // guarded by this
        private AutoCloseable subscription; // guarded by this
        private boolean monitorSeen;        // guarded by this: a monitor value arrived since subscribing

        Entry(String name) {
            this.name = name;
            this.last = PvValue.disconnected(name);
            newChannel();
            scheduleSearch(SearchRounds.first());
        }

        /**
         * Searches a new channel. core-pva may report CONNECTED (on its own thread) before getChannel returns; that
         * report is ignored as not yet ours, so a channel already connected is handled here. (Before, such a report
         * found no channel and the PV was never monitored: the GUI could stay "disconnected" for good.)
         */
        private void newChannel() {
            PVAChannel ch = client.getChannel(name, this::stateChanged);
            synchronized (this) {
                channel = ch;
            }
            if (ch.isConnected()) {
                stateChanged(ch, ClientChannelState.CONNECTED);
            }
        }

        /** Completes with the channel once it is connected. */
        synchronized CompletableFuture<PVAChannel> connection() {
            return connection;
        }

        private void scheduleSearch(Duration round) {
            try {
                searches.schedule(() -> searchAgainIfUnconnected(round), round.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed
            }
        }

        private void searchAgainIfUnconnected(Duration round) {
            PVAChannel old;
            synchronized (this) {
                if (closed || channel == null || channel.isConnected()) {
                    return; // a later disconnection schedules its own search
                }
                old = channel;
            }
            newChannel();
            log.debug("{} not connected after {} ms, searching again", name, round.toMillis());
            old.close();
            scheduleSearch(SearchRounds.next(round));
        }

        private void stateChanged(PVAChannel ch, ClientChannelState state) {
            synchronized (this) {
                if (ch != channel) {
                    return; // a channel dropped for a fresh search
                }
                if (state == ClientChannelState.CONNECTED) {
                    connection.complete(ch);
                } else if (connection.isDone()) {
                    connection = new CompletableFuture<>();
                    if (!closed) {
                        scheduleSearch(SearchRounds.first());
                    }
                }
            }
            if (state == ClientChannelState.CONNECTED) {
                subscribe(ch);
                return;
            }
            unsubscribe();
            if (last.connected()) {
                publish(PvValue.disconnected(name));
            }
        }

        private void subscribe(PVAChannel channel) {
            synchronized (this) {
                if (closed || subscription != null) {
                    return;
                }
                monitorSeen = false;
                try {
                    subscription = channel.subscribe("", (ch, changes, overruns, data) -> {
                        if (data != null) {
                            synchronized (this) {
                                monitorSeen = true;
                            }
                            publish(new PvValue(name, valueOf(data), true, timeOf(data)));
                        }
                    });
                } catch (Exception e) {
                    log.warn("Cannot monitor {} (showing its value as read now): {}", name, e.toString());
                }
            }
            channel.read("").whenComplete((data, failure) -> {
                if (data == null) {
                    return;
                }
                synchronized (this) {
                    if (monitorSeen) { // a monitor value is at least as new as this read
                        return;
                    }
                }
                publish(new PvValue(name, valueOf(data), true, timeOf(data)));
            });
        }

        private void unsubscribe() {
            AutoCloseable s;
            synchronized (this) {
                s = subscription;
                subscription = null;
            }
            if (s != null) {
                try {
                    s.close();
                } catch (Exception e) {
                    log.debug("Closing the monitor of {}: {}", name, e.toString());
                }
            }
        }

        private void publish(PvValue value) {
            last = value;
            for (Consumer<PvValue> l : listeners) {
                try {
                    l.accept(value);
                } catch (RuntimeException e) {
                    log.warn("A listener of {} failed: {}", name, e.toString(), e);
                }
            }
        }

        void close() {
            unsubscribe();
            listeners.clear();
            PVAChannel ch;
            synchronized (this) {
                ch = channel;
            }
            if (ch != null) {
                ch.close();
            }
        }
    }
}
