package org.lsdcfx.sim.pv;

import org.epics.pva.data.PVAStructure;
import org.epics.pva.data.nt.PVATimeStamp;
import org.epics.pva.server.ServerPV;

import java.time.Instant;

/**
 * One PV hosted by the simulator, with a typed value. {@link #set} publishes to clients when the value changes.
 *
 * <p>Threading: {@link #set} is called only on the simulator thread (see {@link SimThread}); {@link #get} may be
 * called from any thread ({@code value} is volatile). {@code data} is touched only under {@code this}.
 */
public final class SimPv<T> {
    private final String name;
    private final PvType<T> type;
    private final PVAStructure data;
    private volatile ServerPV pv;
    private volatile T value;

    SimPv(String name, PvType<T> type, PVAStructure data, T initial) {
        this.name = name;
        this.type = type;
        this.data = data;
        this.value = initial;
    }

    void attach(ServerPV serverPv) {
        this.pv = serverPv;
    }

    public String name() {
        return name;
    }

    public T get() {
        return value;
    }

    /** Publishes {@code newValue} if it differs from the current value. */
    public void set(T newValue) {
        if (!type.same(value, newValue)) {
            publish(newValue);
        }
    }

    /** Publishes {@code newValue} even if unchanged (new timestamp), e.g. to repeat a command PV's value. */
    public synchronized void publish(T newValue) {
        value = newValue;
        type.write(data.get("value"), newValue);
        PVATimeStamp.set(data, Instant.now());
        try {
            pv.update(data);
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish " + name + ": " + e.getMessage(), e);
        }
    }

    PvType<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
