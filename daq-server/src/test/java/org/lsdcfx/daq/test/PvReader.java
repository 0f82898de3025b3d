package org.lsdcfx.daq.test;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.lsdcfx.device.pva.SearchRounds;
import org.epics.pva.data.PVADouble;
import org.epics.pva.data.PVAInt;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStringArray;
import org.epics.pva.data.PVAStructure;

/** Reads comm PVs over PVA (a get each time, so no missed monitor update can fool a test). */
public final class PvReader implements AutoCloseable {
    private final PVAClient client;
    private final String prefix;
    private final ConcurrentHashMap<String, PVAChannel> channels = new ConcurrentHashMap<>();

    public PvReader(PVAClient client, String prefix) {
        this.client = client;
        this.prefix = prefix;
    }

    public PVAStructure read(String suffix) {
        try {
            PVAChannel ch = channels.get(suffix);
            if (ch == null) {
                ch = SearchRounds.connect(client, prefix + suffix, null, java.time.Duration.ofSeconds(20));
                PVAChannel raced = channels.putIfAbsent(suffix, ch);
                if (raced != null) {
                    ch.close();
                    ch = raced;
                }
            }
            return ch.read("").get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("cannot read " + prefix + suffix + ": " + e, e);
        }
    }

    public String string(String suffix) {
        PVAString v = read(suffix).get("value");
        return v.get();
    }

    public double number(String suffix) {
        PVADouble v = read(suffix).get("value");
        return v.get();
    }

    public int integer(String suffix) {
        PVAInt v = read(suffix).get("value");
        return v.get();
    }

    public String[] strings(String suffix) {
        PVAStringArray v = read(suffix).get("value");
        return v.get();
    }

    /** Waits until the string PV has {@code expected}. */
    public void awaitString(String suffix, String expected, Duration timeout) {
        Await.until(timeout, () -> expected.equals(string(suffix)),
                () -> prefix + suffix + " == '" + expected + "' (is '" + string(suffix) + "')");
    }

    @Override
    public void close() {
        channels.values().forEach(PVAChannel::close);
    }
}
