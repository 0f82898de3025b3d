package org.lsdcfx.sim.pv;

import org.epics.pva.data.PVAData;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.data.nt.PVAAlarm;
import org.epics.pva.data.nt.PVADisplay;
import org.epics.pva.data.nt.PVATimeStamp;
import org.epics.pva.server.PVAServer;
import org.epics.pva.server.ServerPV;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Creates the simulator's PVs on a {@link PVAServer} as normative types ({@code epics:nt/NTScalar:1.0} or
 * {@code NTScalarArray:1.0} with alarm, timeStamp and, for numbers, display.units) and keeps a catalogue of them.
 * Writes are handed to the {@link SimThread}. Create PVs on one thread (start-up); the catalogue is then read-only.
 */
public final class PvHost {
    private static final Logger LOG = LoggerFactory.getLogger(PvHost.class);

    private final PVAServer server;
    private final SimThread sim;
    private final List<PvInfo> catalogue = new ArrayList<>();
    private final List<ServerPV> pvs = new ArrayList<>();
    private final TcpNoDelay noDelay = new TcpNoDelay();

    public PvHost(PVAServer server, SimThread sim) {
        this.server = server;
        this.sim = sim;
    }

    /** A PV clients can only read. */
    public <T> SimPv<T> readOnly(String name, PvType<T> type, T initial, String units, String description) {
        return create(name, type, initial, units, description, null);
    }

    /** A PV clients can write; {@code onWrite} decides what happens (runs on the sim thread). */
    public <T> SimPv<T> writable(String name, PvType<T> type, T initial, String units, String description,
                                 WriteHandler<T> onWrite) {
        return create(name, type, initial, units, description, onWrite);
    }

    private <T> SimPv<T> create(String name, PvType<T> type, T initial, String units, String description,
                                WriteHandler<T> onWrite) {
        boolean array = type.label().endsWith("[]");
        List<PVAData> fields = new ArrayList<>(List.of(type.create(initial), new PVAString("descriptor", description),
                new PVAAlarm(), new PVATimeStamp(Instant.now())));
        if (!array && !"string".equals(type.label())) {
            fields.add(new PVADisplay(0, 0, description, units, 3, PVADisplay.Form.DEFAULT));
        }
        PVAStructure data = new PVAStructure(name, array ? "epics:nt/NTScalarArray:1.0" : "epics:nt/NTScalar:1.0",
                fields);
        SimPv<T> simPv = new SimPv<>(name, type, data, initial);
        ServerPV serverPv;
        if (onWrite == null) {
            serverPv = server.createPV(name, data);
        } else {
            serverPv = server.createPV(name, data, (tcp, pv, changes, written) -> {
                noDelay.apply(tcp);
                T requested = type.read(written.get("value"));
                try {
                    sim.call(() -> {
                        simPv.publish(onWrite.accept(requested));
                        return null;
                    });
                } catch (Exception e) {
                    LOG.info("refused write {} = {}: {}", name, requested, e.getMessage());
                    throw e;
                }
            });
        }
        simPv.attach(serverPv);
        pvs.add(serverPv);
        catalogue.add(new PvInfo(name, type.label(), onWrite != null, units, description));
        return simPv;
    }

    /** Every PV created so far, in creation order. */
    public List<PvInfo> catalogue() {
        return Collections.unmodifiableList(catalogue);
    }

    /** Removes every PV from the server. */
    public void closeAll() {
        pvs.forEach(ServerPV::close);
    }
}
