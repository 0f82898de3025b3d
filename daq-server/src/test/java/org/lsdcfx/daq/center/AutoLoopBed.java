package org.lsdcfx.daq.center;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Container;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.NewSample;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestObjBuilder;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.processing.AutoProcessing;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.center.AutoCentrings;
import org.lsdcfx.daq.routine.center.CentringMethods;
import org.lsdcfx.daq.routine.center.LoopCentringSettings;
import org.lsdcfx.daq.routine.collect.CollectionProtocols;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.BeamlineDevices;
import org.lsdcfx.device.motor.Goniometer;
import org.lsdcfx.store.StoreConnection;

/**
 * A daq server with the collection protocols, "AutoLoop" registered as the server assembly does
 * ({@link CentringMethods#registerAutoLoop}) and the test protocol {@link LoopOnlyProtocol}, beside the simulator:
 * one puck of samples, queue collect on (the simulated robot mounts), requests without a saved centre. The test's own
 * device connection puts the goniometer where a test wants it.
 */
final class AutoLoopBed implements AutoCloseable {
    static final String OWNER = "testuser";
    static final int PROPOSAL = 314159;
    static final double SIM_ENERGY = 12700.0;
    private static final AtomicInteger VISITS = new AtomicInteger();

    private final DaqTestBed bed;
    private final CollectionServices collection;
    private final LoopOnlyProtocol loopOnly;
    private final Amostra amostra;
    private final Beamline devices;
    private final String visitName = "mx" + PROPOSAL + "-" + (500 + VISITS.incrementAndGet());
    private final List<Sample> samples = new ArrayList<>();
    private Container puck;

    AutoLoopBed(StoreConnection store, SimHost sim, LoopCentringSettings settings) {
        AutoCentrings centrings = new AutoCentrings();
        collection = CollectionServices.builder().processing(AutoProcessing.disabled()).centrings(centrings).build();
        loopOnly = new LoopOnlyProtocol(CentringMethods.registerAutoLoop(centrings, settings));
        ProtocolRegistry registry = CollectionProtocols.registerAll(new ProtocolRegistry(), collection);
        registry.register(loopOnly);
        bed = DaqTestBed.builder(store).simulator(sim).staff(DaqTestBed.ME).visitDirectory(sim.dataRoot())
                .protocols(registry).start();
        amostra = new Amostra(store, Clock.systemUTC());
        devices = BeamlineDevices.connect(bed.pva(), sim.profile(), Duration.ofSeconds(10));
        Conftrak conftrak = new Conftrak(store, Clock.systemUTC(), "sim");
        Container dewar = amostra.containers().createDewar(conftrak.get(SampleHandlingKeys.PRIMARY_DEWAR_NAME), OWNER);
        puck = amostra.containers().createPuck("PUCK-A", OWNER);
        amostra.containers().insert(dewar.uid(), 1, puck.uid(), OWNER);
        for (int i = 1; i <= 2; i++) {
            Sample s = amostra.samples().create(new NewSample("xtal-" + i, OWNER, PROPOSAL), OWNER);
            amostra.containers().insert(puck.uid(), i, s.uid(), OWNER);
            samples.add(s);
        }
        conftrak.set(SampleHandlingKeys.QUEUE_COLLECT, true, "staff");
    }

    /** A GUI-like request on sample {@code index} without a saved centre. */
    RequestObjBuilder builder(int index, String protocol) {
        Sample s = samples.get(index);
        return RequestObj.builder().protocol(protocol).energy(SIM_ENERGY)
                .files(bed.visitDirectory().toString(), visitName, s.name(), 1, puck.name(), index + 1)
                .set("pos_x", -999.0);
    }

    Request queue(int index, RequestObjBuilder b) {
        return amostra.requests().create(new NewRequest(samples.get(index).uid(), OWNER, PROPOSAL,
                Priority.DEFAULT_QUEUED, b.build()), OWNER);
    }

    CommandReply runQueue(Duration timeout) {
        return bed.client().awaitFinal(bed.client().send("runDCQueue").id(), timeout);
    }

    Request reload(Request r) {
        return amostra.requests().get(r.uid());
    }

    /** Puts the goniometer at sample X/Y/Z (coarse; fine stages 0) and omega, and waits until it is there. */
    void goniometerAt(double x, double y, double z, double omega) {
        Goniometer g = devices.goniometer();
        Duration t = Duration.ofSeconds(30);
        java.util.concurrent.CompletableFuture.allOf(g.x().moveTo(x, t), g.y().moveTo(y, t), g.z().moveTo(z, t),
                g.fineX().moveTo(0, t), g.fineY().moveTo(0, t), g.fineZ().moveTo(0, t), g.omega().moveTo(omega, t))
                .join();
    }

    /** The goniometer read back: omega, then the point on the beam (coarse + fine X, Y, Z). */
    double[] pose() {
        Goniometer g = devices.goniometer();
        return new double[] {g.omega().position(), g.x().position() + g.fineX().position(),
                g.y().position() + g.fineY().position(), g.z().position() + g.fineZ().position()};
    }

    LoopOnlyProtocol loopOnly() {
        return loopOnly;
    }

    @Override
    public void close() {
        try {
            devices.close();
            bed.close();
        } finally {
            collection.close();
        }
    }
}
