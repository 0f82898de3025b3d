package org.lsdcfx.daq.autoraster;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.epics.pva.client.PVAChannel;
import org.epics.pva.data.PVAString;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Container;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.NewSample;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObjBuilder;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.center.AutoCentrings;
import org.lsdcfx.daq.routine.center.LoopCentring;
import org.lsdcfx.daq.routine.collect.CollectionProtocols;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.routine.raster.RasterProtocols;
import org.lsdcfx.daq.routine.raster.RasterServices;
import org.lsdcfx.daq.routine.autoraster.AutoRasterProtocols;
import org.lsdcfx.daq.routine.autoraster.AutoRasterSettings;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.BeamlineDevices;
import org.lsdcfx.device.motor.Goniometer;
import org.lsdcfx.daq.processing.AutoProcessing;
import org.lsdcfx.store.StoreConnection;

/**
 * A daq server with the collection, raster, auto-raster and test {@code centreOnly} protocols beside the simulator, on a
 * fresh store: one puck of samples, queue collect on (the queue mounts with the simulated robot), each bed with its
 * own visit name, and every {@code message_string} line recorded.
 */
final class AutoRasterBed implements AutoCloseable {
    static final String OWNER = "testuser";
    static final int PROPOSAL = 314159;
    static final double SIM_ENERGY = 12700.0;
    private static final AtomicInteger VISITS = new AtomicInteger();

    private final DaqTestBed bed;
    private final CollectionServices collection;
    private final Amostra amostra;
    private final Conftrak conftrak;
    private final AnalysisStore results;
    private final String visitName = "mx" + PROPOSAL + "-" + (100 + VISITS.incrementAndGet());
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final PVAChannel messageChannel;
    private final AutoCloseable messageSubscription;
    private Container puck;
    private final List<Sample> samples = new java.util.ArrayList<>();

    AutoRasterBed(StoreConnection store, SimHost sim, RasterServices rasters, LoopCentring loops) throws Exception {
        AutoCentrings centrings = new AutoCentrings();
        collection = CollectionServices.builder().processing(AutoProcessing.disabled()).centrings(centrings).build();
        ProtocolRegistry registry = RasterProtocols.registerAll(
                CollectionProtocols.registerAll(new ProtocolRegistry(), collection), rasters);
        AutoRasterProtocols.registerAll(registry, centrings, loops,
                AutoRasterSettings.defaults().matching(rasters.settings()));
        registry.register(new CentreOnlyProtocol(centrings));
        bed = DaqTestBed.builder(store).simulator(sim).staff(DaqTestBed.ME).visitDirectory(sim.dataRoot())
                .protocols(registry).start();
        amostra = new Amostra(store, Clock.systemUTC());
        conftrak = new Conftrak(store, Clock.systemUTC(), "sim");
        results = new AnalysisStore(store, Clock.systemUTC(), "sim");
        messageChannel = bed.pva().getChannel(bed.prefix() + CommPvNames.MESSAGE_STRING);
        messageChannel.connect().get(5, TimeUnit.SECONDS);
        messageSubscription = messageChannel.subscribe("", (ch, changes, overruns, data) ->
                messages.add(((PVAString) data.get("value")).get()));
        seed(1);
    }

    private void seed(int count) {
        Container dewar = amostra.containers().createDewar(conftrak.get(SampleHandlingKeys.PRIMARY_DEWAR_NAME), OWNER);
        puck = amostra.containers().createPuck("PUCK-A", OWNER);
        amostra.containers().insert(dewar.uid(), 1, puck.uid(), OWNER);
        for (int i = 1; i <= count; i++) {
            Sample s = amostra.samples().create(new NewSample("xtal-" + i, OWNER, PROPOSAL), OWNER);
            amostra.containers().insert(puck.uid(), i, s.uid(), OWNER);
            samples.add(s);
        }
        conftrak.set(SampleHandlingKeys.QUEUE_COLLECT, true, "staff");
    }

    /** A GUI-like request on sample {@code index}, without a saved centre. */
    RequestObjBuilder builder(int index, String protocol) {
        Sample s = samples.get(index);
        return RequestObj.builder().protocol(protocol).energy(SIM_ENERGY)
                .files(visit().toString(), visitName, s.name(), 1, puck.name(), index + 1).set("pos_x", -999.0);
    }

    Request queue(int index, RequestObj obj) {
        return amostra.requests().create(new NewRequest(samples.get(index).uid(), OWNER, PROPOSAL,
                Priority.DEFAULT_QUEUED, obj), OWNER);
    }

    CommandReply runQueue(Duration timeout) {
        return bed.client().awaitFinal(bed.client().send("runDCQueue").id(), timeout);
    }

    /** The raster requests auto-raster made for {@code parent}, oldest first. */
    List<Request> childRasters(Request parent) {
        return amostra.requests().forSample(parent.sample()).stream()
                .filter(r -> parent.uid().equals(r.requestObj().get("parentReqID")))
                .sorted(java.util.Comparator.comparingDouble(Request::time)).toList();
    }

    Request reload(Request r) {
        return amostra.requests().get(r.uid());
    }

    Path visit() {
        return bed.visitDirectory();
    }

    Path visitPath() {
        return visit().resolve(visitName);
    }

    List<String> messages() {
        return messages;
    }

    /** Puts the goniometer at sample X/Y/Z (coarse; fine stages 0) and omega over PVA, and waits until it is there. */
    void goniometerAt(SimHost sim, double x, double y, double z, double omega) {
        try (Beamline devices = BeamlineDevices.connect(bed.pva(), sim.profile(), Duration.ofSeconds(10))) {
            Goniometer g = devices.goniometer();
            Duration t = Duration.ofSeconds(30);
            java.util.concurrent.CompletableFuture.allOf(g.x().moveTo(x, t), g.y().moveTo(y, t), g.z().moveTo(z, t),
                    g.fineX().moveTo(0, t), g.fineY().moveTo(0, t), g.fineZ().moveTo(0, t), g.omega().moveTo(omega, t))
                    .join();
        }
    }

    Amostra amostra() {
        return amostra;
    }

    Conftrak conftrak() {
        return conftrak;
    }

    AnalysisStore results() {
        return results;
    }

    DaqTestBed bed() {
        return bed;
    }

    @Override
    public void close() {
        try {
            messageSubscription.close();
        } catch (Exception e) {
            // the server is going away anyway; the channel close below releases the subscription
        }
        try {
            messageChannel.close();
            bed.close();
        } finally {
            collection.close();
        }
    }
}
