package org.lsdcfx.daq.comm;

import java.time.Clock;
import org.epics.pva.data.PVADouble;
import org.epics.pva.data.PVAInt;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStringArray;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.data.nt.PVAAlarm;
import org.epics.pva.data.nt.PVAScalar;
import org.epics.pva.data.nt.PVATimeStamp;
import org.epics.pva.server.PVAServer;
import org.epics.pva.server.ServerPV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One read-only comm PV (an NTScalar or NTScalarArray with alarm and time stamp) published by the server.
 * Publishing never throws and never blocks: a failed update is logged. Thread-safe: updates are serialised on
 * {@code this}, so the structure reused for updates is never changed by two threads at once.
 */
public final class StatusPv {
    private static final Logger log = LoggerFactory.getLogger(StatusPv.class);
    private final String name;
    private final PVAStructure data; // guarded by this
    private final ServerPV pv;
    private final Clock clock;

    private StatusPv(PVAServer server, String name, PVAStructure data, Clock clock) {
        this.name = name;
        this.data = data;
        this.clock = clock;
        PVATimeStamp.set(data, clock.instant());
        this.pv = server.createPV(name, data);
    }

    public static StatusPv string(PVAServer server, String name, String initial, Clock clock) {
        return new StatusPv(server, name, build(PVAScalar.stringScalarBuilder(initial), name), clock);
    }

    public static StatusPv number(PVAServer server, String name, double initial, Clock clock) {
        return new StatusPv(server, name, build(PVAScalar.doubleScalarBuilder(initial), name), clock);
    }

    public static StatusPv integer(PVAServer server, String name, int initial, Clock clock) {
        return new StatusPv(server, name, build(PVAScalar.intScalarBuilder(initial), name), clock);
    }

    public static StatusPv strings(PVAServer server, String name, Clock clock) {
        return new StatusPv(server, name, build(PVAScalar.stringArrayScalarBuilder(), name), clock);
    }

    private static PVAStructure build(PVAScalar.Builder<?> builder, String name) {
        try {
            return builder.name(name).alarm(new PVAAlarm()).timeStamp(new PVATimeStamp()).build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot build an NTScalar", e);
        }
    }

    public String name() {
        return name;
    }

    public synchronized void set(String value) {
        PVAString v = data.get("value");
        v.set(value);
        publish();
    }

    public synchronized void set(double value) {
        PVADouble v = data.get("value");
        v.set(value);
        publish();
    }

    public synchronized void set(int value) {
        PVAInt v = data.get("value");
        v.set(value);
        publish();
    }

    public synchronized void set(String[] values) {
        PVAStringArray v = data.get("value");
        v.set(values.clone());
        publish();
    }

    /** The last published string value (for string PVs). */
    public synchronized String stringValue() {
        PVAString v = data.get("value");
        return v.get();
    }

    private void publish() {
        PVATimeStamp.set(data, clock.instant());
        try {
            pv.update(data);
        } catch (Exception e) {
            log.warn("Cannot publish {}: {}", name, e.toString());
        }
    }

    public void close() {
        pv.close();
    }
}
