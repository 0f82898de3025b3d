package org.lsdcfx.daq.routine.collect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.bson.Document;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysisstore.Result;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.daq.queue.RequestQueueWalker;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.collect.strategy.ReferenceImage;
import org.lsdcfx.daq.routine.collect.strategy.StrategyProposal;

/**
 * Stores a characterisation's outcome as LSDC does: the {@code characterizationStrategy} result and a new standard
 * request carrying the strategy at priority 0 (unqueued, for the user to review and queue), plus a text log of how it
 * was chosen in the data directory.
 *
 * <p>The result keeps LSDC's shape ({@code indexing}, {@code strategy} with request parameter names, {@code log}). A
 * program that does not index (the heuristic) stores {@code indexing: {indexed: false, spots, dMin}} without cell and
 * space group: analysisstore's typed {@code CharacterizationStrategy} requires both, so the result is stored raw and
 * read with {@code Result.resultObj()}.
 */
final class StrategyRecords {
    private StrategyRecords() {
    }

    /** Writes {@code characterization_strategy.txt} next to the reference images (never over an existing file). */
    static Path writeLog(Path directory, StrategyProposal p, List<ReferenceImage> images) throws IOException {
        StringBuilder text = new StringBuilder("strategy by ").append(p.program()).append('\n');
        images.forEach(i -> text.append("reference image ").append(i.master().getFileName()).append('\n'));
        p.notes().forEach(n -> text.append(n).append('\n'));
        text.append(String.format(java.util.Locale.ROOT, "proposal: sweep %.2f..%.2f deg, width %.3f deg, exposure %.4f s,"
                        + " detDist %.1f mm, transmission %.3f, resolution %.2f A%n", p.start(), p.end(), p.width(),
                p.exposureTime(), p.detDist(), p.transmission(), p.resolution()));
        Path log = directory.resolve("characterization_strategy.txt");
        Files.writeString(log, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return log;
    }

    static Result storeResult(RoutineContext ctx, StrategyProposal p, Path log) {
        Document indexing = new Document("indexed", false).append("program", p.program()).append("spots", p.spots())
                .append("dMin", Double.isFinite(p.observedDMin()) ? p.observedDMin() : null);
        Document strategy = new Document("sweep_start", p.start()).append("sweep_end", p.end())
                .append("img_width", p.width()).append("exposure_time", p.exposureTime()).append("detDist", p.detDist())
                .append("attenuation", p.transmission()).append("resolution", p.resolution());
        Document obj = new Document("indexing", indexing).append("strategy", strategy).append("log", log.toString());
        return ctx.services().analysisStore().create(ResultTypes.CHARACTERIZATION_STRATEGY.resultType(),
                AfterCollection.context(ctx), obj);
    }

    /** LSDC: a new standard request with the strategy's parameters, priority 0 (not queued). */
    static Request newRequest(RoutineContext ctx, StrategyProposal p) {
        Request source = ctx.services().amostra().requests().get(ctx.request().uid());
        RequestObj obj = source.requestObj()
                .with(RequestKeys.PROTOCOL, "standard")
                .with(RequestKeys.SWEEP_START, p.start())
                .with(RequestKeys.SWEEP_END, p.end())
                .with(RequestKeys.IMG_WIDTH, p.width())
                .with(RequestKeys.EXPOSURE_TIME, p.exposureTime())
                .with(RequestKeys.DET_DIST, p.detDist())
                .with(RequestKeys.ATTENUATION, p.transmission())
                .with(RequestKeys.RESOLUTION, p.resolution())
                .with(RequestKeys.PARENT_REQ_ID, source.uid())
                .without(RequestKeys.CHARACTERIZATION_PARAMS)
                .without(RequestKeys.DIRECTORY)
                .without(RequestKeys.RUN_NUM)
                .without(RequestRecords.DATASET);
        return ctx.services().amostra().requests().create(new NewRequest(source.sample(), source.owner(), source.proposalID(),
                Priority.UNQUEUED, RequestObj.of(obj.asMap())), RequestQueueWalker.WHO);
    }
}
