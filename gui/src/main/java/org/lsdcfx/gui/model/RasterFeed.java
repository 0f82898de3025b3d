package org.lsdcfx.gui.model;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.model.RasterScoreType;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.comm.LiveRasterCells;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The raster heat map's model: which raster is shown and how it is scored. A raster is shown when the user picks
 * it ({@link #show}) or, live, when the server announces it on {@code xrecRasterFlag} (the request uid, after each
 * {@code rasterDef.status} change; "100" clears, "0" is idle). Each request for a raster reads the stores on the
 * {@link JobRunner} and hands the result to the FX thread through the {@link FxThrottle}; a newer request
 * supersedes an older one (a generation number checked before the read and again before publishing), so a slow
 * read never replaces a newer map. The score choice is conftrak's {@code rasterScoreFlag}: read at start, written
 * when the user changes it (as LSDC's GUI writes {@code beamlineInfo}), the new colouring shown at once.
 *
 * <p>Threading: the properties change on the FX thread only. {@link #show} and {@link #clear} may be called from
 * any thread; {@code generation} and {@code latest} are atomics shared by the callers, the job runner and the FX
 * thread.
 *
 * <p>While a raster runs, the server publishes its cells so far on {@code raster_cells}; they are merged into the
 * shown map when it is that raster's (and into a map read later, until the stored result has them), so the heat map
 * fills row by row instead of at the end.
 */
public final class RasterFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RasterFeed.class);
    /** LSDC's xrecRasterFlag values that are no request uid. */
    static final String IDLE = "0";
    static final String CLEAR = "100";

    private final HeatMapReader reader;
    private final Conftrak conftrak;
    private final JobRunner jobs;
    private final FxThrottle throttle;
    private final MessageLog messages;
    private final String user;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Outcome> latest = new AtomicReference<>();
    private final AtomicReference<LiveRasterCells> live = new AtomicReference<>();
    private final ObjectProperty<HeatMap> heatMap = new SimpleObjectProperty<>();
    private final ObjectProperty<RasterScoreType> score = new SimpleObjectProperty<>(RasterScoreType.SPOT_COUNT);
    private final StringProperty problem = new SimpleStringProperty("");
    private final PvWatches watches = new PvWatches();
    private volatile boolean scoreChosen; // set on the FX thread, read by the start-up read's FX update

    public RasterFeed(HeatMapReader reader, Conftrak conftrak, JobRunner jobs, FxThrottle throttle,
                      MessageLog messages, String user) {
        this.reader = reader;
        this.conftrak = conftrak;
        this.jobs = jobs;
        this.throttle = throttle;
        this.messages = messages;
        this.user = user;
    }

    /** Reads the stored score choice and follows {@code xrecRasterFlag} under {@code prefix}; call once. */
    public void connect(PvSource pvs, String prefix) {
        jobs.submit("read rasterScoreFlag", conftrak::rasterScoreFlag).thenAccept(stored -> throttle.submit(score,
                () -> {
                    if (!scoreChosen) {
                        score.set(stored);
                    }
                }));
        String pv = prefix + CommPvNames.XREC_RASTER_FLAG;
        // through the throttle: the DRAWN, READY_FOR_FILL, READY_FOR_SNAPSHOT burst of a fast raster is one read
        watches.onFx(pvs, pv, throttle, this::announced);
        String cellsPv = prefix + CommPvNames.RASTER_CELLS;
        watches.direct(pvs, cellsPv, this::liveCells);
    }

    /** A {@code raster_cells} value: parsed here (the PV's thread), merged on the FX thread. */
    private void liveCells(PvValue v) {
        if (!v.connected() || v.text().isBlank()) {
            return;
        }
        try {
            live.set(LiveRasterCells.fromJson(v.text()));
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring a raster_cells value: {}", e.getMessage());
            return;
        }
        throttle.submit(live, () -> {
            HeatMap shown = heatMap.get();
            if (shown != null) {
                heatMap.set(shown.withLive(live.get()));
            }
        });
    }

    private void announced(PvValue v) {
        String flag = v.connected() ? v.text().trim() : IDLE;
        if (flag.isEmpty() || IDLE.equals(flag)) {
            return;
        }
        if (CLEAR.equals(flag)) {
            clear();
            return;
        }
        log.debug("xrecRasterFlag announced raster {}", flag);
        show(flag);
    }

    /**
     * Shows raster request {@code uid}: reads it in the background; any thread. Completes (on the job runner) with
     * the map read, or null when a newer request superseded this one before it was read.
     */
    public CompletableFuture<HeatMap> show(String uid) {
        long mine = generation.incrementAndGet();
        return jobs.submit("read raster heat map " + uid, () -> generation.get() == mine ? reader.read(uid) : null)
                .whenComplete((map, error) -> {
                    if (error != null) {
                        Throwable cause = error.getCause() != null ? error.getCause() : error;
                        offer(new Outcome(mine, null, "raster " + uid + ": " + cause.getMessage()));
                    } else if (map != null) {
                        offer(new Outcome(mine, map, map.note()));
                    }
                });
    }

    /** Shows no raster (LSDC's "clear rasters"); any thread. */
    public void clear() {
        offer(new Outcome(generation.incrementAndGet(), null, ""));
    }

    /** A finished read (or a clear) waiting for the FX thread; only the newest generation is ever shown. */
    private record Outcome(long generation, HeatMap map, String problem) {
    }

    private void offer(Outcome o) {
        latest.accumulateAndGet(o, (was, now) -> was == null || now.generation() >= was.generation() ? now : was);
        // keyed by the property: a pending publish is replaced, but it reads the newest outcome, so none is lost
        throttle.submit(heatMap, this::publish);
    }

    private void publish() {
        Outcome o = latest.get();
        if (o != null && o.generation() == generation.get()) {
            heatMap.set(o.map() == null ? null : o.map().withLive(live.get()));
            problem.set(o.problem());
        }
    }

    /**
     * Colours by {@code type} at once and stores it as conftrak {@code rasterScoreFlag} in the background (FX
     * thread). A failed write is reported in the message log; the choice stays for this GUI.
     */
    public CompletableFuture<Void> setScore(RasterScoreType type) {
        scoreChosen = true;
        if (type == score.get()) {
            return CompletableFuture.completedFuture(null);
        }
        score.set(type);
        return jobs.run("store rasterScoreFlag " + type.index(), () -> conftrak.setRasterScoreFlag(type, user))
                .whenComplete((ok, e) -> {
                    if (e != null) {
                        messages.gui("Could not store the heat-map score " + type.label() + ": " + e.getMessage(), true);
                    }
                });
    }

    /** The raster shown, or null. */
    public ReadOnlyObjectProperty<HeatMap> heatMapProperty() {
        return heatMap;
    }

    public ReadOnlyObjectProperty<RasterScoreType> scoreProperty() {
        return score;
    }

    /** Why the requested raster could not be shown, or a note on the shown one; "" when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem;
    }

    @Override
    public void close() {
        watches.close();
    }
}
