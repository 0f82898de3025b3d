package org.lsdcfx.daq.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Container;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.NewSample;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestObjBuilder;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.collect.CollectionProtocols;
import org.lsdcfx.daq.routine.collect.CollectionServices;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.sim.SimConfig;
import org.lsdcfx.sim.detector.FrameSinks;
import org.lsdcfx.sim.detector.FrameSize;
import org.lsdcfx.store.StoreConnection;

/**
 * A daq server with the collection protocols registered, beside a simulator whose detector writes NXmx, on a fresh
 * store: a dewar with one puck of samples, queue collect on (the queue mounts with the simulated robot), and requests
 * built as the GUI builds them, each test with its own visit name. The visit directory is the simulator's data root
 * (the simulated detector only writes there).
 */
public final class CollectionBed implements AutoCloseable {
    public static final String OWNER = "testuser";
    public static final int PROPOSAL = 314159;
    /** The simulator's initial photon energy: requests at it pass the energy check. */
    public static final double SIM_ENERGY = 12700.0;
    /** Where the demo crystal sits (sampleX/Y/Z µm): a saved centre there puts it in the beam at every omega. */
    public static final double[] CRYSTAL = {30, 20, -10};
    private static final AtomicInteger VISITS = new AtomicInteger();

    private final DaqTestBed bed;
    private final CollectionServices services;
    private final Amostra amostra;
    private final Conftrak conftrak;
    private final AnalysisStore results;
    private final String visitName = "mx" + PROPOSAL + "-" + VISITS.incrementAndGet();
    private final SimHost sim;
    private Container puck;
    private List<Sample> samples = List.of();

    private CollectionBed(StoreConnection store, SimHost sim, CollectionServices services) {
        this.sim = sim;
        this.services = services;
        this.bed = DaqTestBed.builder(store).simulator(sim).staff(DaqTestBed.ME).visitDirectory(sim.dataRoot())
                .protocols(CollectionProtocols.registerAll(new ProtocolRegistry(), services)).start();
        this.amostra = new Amostra(store, Clock.systemUTC());
        this.conftrak = new Conftrak(store, Clock.systemUTC(), "sim");
        this.results = new AnalysisStore(store, Clock.systemUTC(), "sim");
    }

    /** A simulator with the NXmx file writer and frames of {@code size}. */
    public static SimHost simulator(String prefix, double timeScale, FrameSize size) throws Exception {
        return SimHost.start(prefix, timeScale, c -> c.withFrameSink(FrameSinks.nxmx()).withFrameSize(size));
    }

    public static SimHost simulator(String prefix, double timeScale, UnaryOperator<SimConfig> more) throws Exception {
        return SimHost.start(prefix, timeScale, c -> more.apply(c.withFrameSink(FrameSinks.nxmx())));
    }

    /** Starts the server with {@code services} and seeds {@code sampleCount} samples in the primary dewar. */
    public static CollectionBed start(StoreConnection store, SimHost sim, CollectionServices services, int sampleCount) {
        CollectionBed c = new CollectionBed(store, sim, services);
        c.seed(sampleCount);
        return c;
    }

    private void seed(int count) {
        Container dewar = amostra.containers().createDewar(conftrak.get(SampleHandlingKeys.PRIMARY_DEWAR_NAME), OWNER);
        puck = amostra.containers().createPuck("PUCK-A", OWNER);
        amostra.containers().insert(dewar.uid(), 1, puck.uid(), OWNER);
        samples = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            Sample s = amostra.samples().create(new NewSample("xtal-" + i, OWNER, PROPOSAL), OWNER);
            amostra.containers().insert(puck.uid(), i, s.uid(), OWNER);
            samples.add(s);
        }
        conftrak.set(SampleHandlingKeys.QUEUE_COLLECT, true, "staff");
    }

    /**
     * A GUI-like request builder for sample {@code index}: the data location filled as LSDC composes it, the
     * simulator's energy, the saved centre on the crystal.
     */
    public RequestObjBuilder builder(int index, String protocol) {
        Sample s = samples.get(index);
        return RequestObj.builder().protocol(protocol).energy(SIM_ENERGY)
                .files(visit().toString(), visitName, s.name(), 1, puck.name(), index + 1)
                .set("pos_x", CRYSTAL[0]).set("pos_y", CRYSTAL[1]).set("pos_z", CRYSTAL[2]);
    }

    public Request queue(int index, RequestObjBuilder b) {
        return queue(index, b.build());
    }

    public Request queue(int index, RequestObj obj) {
        return amostra.requests().create(new NewRequest(samples.get(index).uid(), OWNER, PROPOSAL, Priority.DEFAULT_QUEUED,
                obj), OWNER);
    }

    /** Runs the queue and waits for its end. */
    public CommandReply runQueue(Duration timeout) {
        return bed.client().awaitFinal(bed.client().send("runDCQueue").id(), timeout);
    }

    /** Sends runDCQueue and returns its id (the queue runs on). */
    public String startQueue() {
        CommandReply accepted = bed.client().send("runDCQueue");
        assertEquals(CommandReply.Phase.ACCEPTED, accepted.phase(), accepted.reason());
        return accepted.id();
    }

    public Request reload(Request r) {
        return amostra.requests().get(r.uid());
    }

    public Sample sample(int index) {
        return samples.get(index);
    }

    public Path visit() {
        return bed.visitDirectory();
    }

    /** The directory of this bed's visit: {@code <visitDirectory>/<visit_name>}. */
    public Path visitPath() {
        return visit().resolve(visitName);
    }

    public String visitName() {
        return visitName;
    }

    public DaqTestBed bed() {
        return bed;
    }

    public Amostra amostra() {
        return amostra;
    }

    public Conftrak conftrak() {
        return conftrak;
    }

    public AnalysisStore results() {
        return results;
    }

    public SimHost sim() {
        return sim;
    }

    /** The simulated governor's state, read over PVA ({@code Sts:State-I}). */
    public String governorState() {
        org.epics.pva.client.PVAChannel ch = bed.pva().getChannel(sim.profile().governor().pvPrefix() + "Sts:State-I");
        try {
            ch.connect().get(5, java.util.concurrent.TimeUnit.SECONDS);
            org.epics.pva.data.PVAString v = ch.read("").get(5, java.util.concurrent.TimeUnit.SECONDS).get("value");
            return v.get();
        } catch (Exception e) {
            throw new AssertionError("cannot read the governor state: " + e, e);
        } finally {
            ch.close();
        }
    }

    public CollectionServices services() {
        return services;
    }

    /** Closes the server and then the collection services. */
    @Override
    public void close() {
        try {
            bed.close();
        } finally {
            services.close();
        }
    }
}
