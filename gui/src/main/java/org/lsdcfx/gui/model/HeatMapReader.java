package org.lsdcfx.gui.model;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.analysisstore.payload.PayloadFormatException;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads one raster's heat map from the stores: the request (its {@code rasterDef} and {@code max_raster}) from
 * Amostra, the newest {@code rasterResult} from analysisstore. Blocking: call it on the job runner, never on the
 * FX thread. Thread-safe (stateless over thread-safe store clients).
 */
public final class HeatMapReader {
    private static final Logger log = LoggerFactory.getLogger(HeatMapReader.class);

    private final Amostra amostra;
    private final AnalysisStore results;

    public HeatMapReader(Amostra amostra, AnalysisStore results) {
        this.amostra = amostra;
        this.results = results;
    }

    /**
     * @throws org.lsdcfx.store.NotFoundException when there is no such request
     * @throws IllegalArgumentException           when the request is no raster: neither a usable rasterDef nor a result
     */
    public HeatMap read(String requestUid) {
        Request r = amostra.requests().get(requestUid);
        String note = "";
        RasterDef def = null;
        Map<String, Object> block = r.requestObj().rasterDef();
        if (!block.isEmpty()) {
            try {
                def = RasterDef.fromMap(block);
            } catch (IllegalArgumentException e) {
                note = "unreadable rasterDef: " + e.getMessage();
            }
        }
        Optional<RasterResult> result = Optional.empty();
        try {
            result = results.latest(requestUid, ResultTypes.RASTER_RESULT);
        } catch (PayloadFormatException e) {
            note = e.getMessage();
        }
        if (def == null && result.isEmpty()) {
            throw new IllegalArgumentException("request " + requestUid + " is no raster: "
                    + (note.isEmpty() ? "it has no rasterDef and no rasterResult" : note));
        }
        HeatMapLayout layout = def != null ? HeatMapLayout.of(def)
                : HeatMapLayout.grid(result.get().rows(), result.get().columns());
        if (def != null && result.isPresent() && result.get().cells().size() > layout.size()) {
            note = "the result has " + result.get().cells().size() + " cells, the rasterDef " + layout.size();
        }
        Object index = r.requestObj().getBlock(RequestKeys.MAX_RASTER).get("index");
        OptionalInt snapped = index instanceof Number n ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
        String sample = sampleName(r);
        HeatMap map = new HeatMap(requestUid, sample + " · " + r.requestObj().optString(RequestKeys.PROTOCOL).orElse("raster"),
                def != null ? def.status() : RasterStatus.READY_FOR_FILL, layout, HeatMap.cellsOf(result), snapped, note);
        log.debug("raster {} ({}): status {}, {} of {} cells in", requestUid, sample, map.status(), map.filled(),
                layout.size());
        return map;
    }

    private String sampleName(Request r) {
        try {
            return amostra.samples().get(r.sample()).name();
        } catch (RuntimeException e) { // a request without its sample still has a heat map
            return r.sample();
        }
    }
}
