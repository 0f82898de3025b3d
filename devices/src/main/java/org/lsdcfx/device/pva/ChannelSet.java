package org.lsdcfx.device.pva;

import org.epics.pva.client.PVAClient;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Creates the {@link PvChannel}s of a group of devices and connects them together, so that one timeout covers all
 * of them and the error lists every PV that did not connect. Not thread-safe: build on one thread, then hand the
 * channels to the devices.
 */
public final class ChannelSet {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelSet.class);
    private final PVAClient client;
    private final Duration ioTimeout;
    private final List<PvChannel> channels = new ArrayList<>();

    public ChannelSet(PVAClient client, Duration ioTimeout) {
        this.client = client;
        this.ioTimeout = ioTimeout;
    }

    /** A channel with a monitor keeping its latest value. */
    public PvChannel monitored(String device, String pv) {
        return add(new PvChannel(client, device, pv, ioTimeout, true));
    }

    /** A channel read only on demand (large arrays, command PVs). */
    public PvChannel onDemand(String device, String pv) {
        return add(new PvChannel(client, device, pv, ioTimeout, false));
    }

    private PvChannel add(PvChannel channel) {
        channels.add(channel);
        return channel;
    }

    public Duration ioTimeout() {
        return ioTimeout;
    }

    /**
     * Connects every channel created so far, waiting at most {@code timeout} in total. On failure all channels are
     * closed and a {@link DeviceException} ({@code DISCONNECTED}) names each PV that did not connect and its device.
     */
    public void connectAll(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        // Channels still searching after a round are searched afresh (see PvChannel.restartSearch); rounds grow
        // from 1 s so a merely slow server is not hammered.
        long round = TimeUnit.SECONDS.toNanos(1);
        List<PvChannel> pending = new ArrayList<>(channels);
        while (true) {
            List<CompletableFuture<Void>> futures = new ArrayList<>();
            for (PvChannel c : pending) {
                futures.add(c.connectAsync());
            }
            long roundEnd = Math.min(deadline, System.nanoTime() + round);
            List<PvChannel> missing = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                try {
                    futures.get(i).get(Math.max(0, roundEnd - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    closeAll();
                    throw new DeviceException("beamline", null, Fault.INTERRUPTED, "interrupted while connecting", e);
                } catch (Exception e) {
                    missing.add(pending.get(i));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            if (System.nanoTime() >= deadline) {
                closeAll();
                throw notConnected(missing, timeout);
            }
            LOG.info("{} PV(s) not connected after a search round, searching again (first: {})", missing.size(),
                    missing.get(0).name());
            missing.forEach(PvChannel::restartSearch);
            pending = missing;
            round *= 2;
        }
    }

    private static DeviceException notConnected(List<PvChannel> missing, Duration timeout) {
        PvChannel first = missing.get(0);
        List<String> names = missing.stream().limit(10).map(c -> c.name() + " (" + c.device() + ")").toList();
        return new DeviceException(missing.size() == 1 ? first.device() : "beamline", first.name(),
                Fault.DISCONNECTED, "timed out after " + timeout.toMillis() + " ms connecting " + missing.size()
                + " PV(s): " + String.join(", ", names)
                + (missing.size() > 10 ? " and " + (missing.size() - 10) + " more" : ""));
    }

    /** Closes every channel created so far. */
    public void closeAll() {
        channels.forEach(PvChannel::close);
    }
}
