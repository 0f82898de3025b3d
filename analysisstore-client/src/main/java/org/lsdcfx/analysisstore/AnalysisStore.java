package org.lsdcfx.analysisstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lsdcfx.analysisstore.payload.PayloadType;
import org.lsdcfx.analysisstore.payload.ResultPayload;
import org.lsdcfx.store.NotFoundException;
import org.lsdcfx.store.StoreConnection;
import org.lsdcfx.store.Uids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analysis results of one beamline in the analysisstore database, collection {@code analysis_header} (where
 * NSLS-II's analysisstore service keeps them, so LSDC-era pymongo scripts find ours), documents in LSDC's
 * shape {@code {uid, time, result_type, owner, sample, request, provenance {lsdc: 1, writer}, result_obj,
 * proposalID, beamline}}. Results are write-once: there is no update. Lists come oldest first.
 *
 * <p>Thread-safe: no mutable state of its own; each result is one insert.
 */
public final class AnalysisStore {
    /** The collection NSLS-II's analysisstore service keeps these documents in ({@code insert_analysis_header}). */
    public static final String LSDC_COLLECTION = "analysis_header";
    /** The collection LSDC-FX uses by default: LSDC's, so staff scripts keep working. */
    public static final String COLLECTION = LSDC_COLLECTION;
    /** {@code provenance.writer} of everything this client stores. */
    public static final String WRITER = "lsdc-fx";

    private static final Logger log = LoggerFactory.getLogger(AnalysisStore.class);

    private final MongoCollection<Document> results;
    private final Clock clock;
    private final String beamline;

    /** Results in the default collection {@value #COLLECTION}. */
    public AnalysisStore(StoreConnection connection, Clock clock, String beamline) {
        this(connection, clock, beamline, COLLECTION);
    }

    /**
     * Results in another collection, for example {@value #LSDC_COLLECTION} to share a database with LSDC's own
     * analysisstore service.
     */
    public AnalysisStore(StoreConnection connection, Clock clock, String beamline, String collection) {
        if (beamline == null || beamline.isBlank()) {
            throw new IllegalArgumentException("AnalysisStore needs a beamline id (for example 'amx')");
        }
        if (collection == null || collection.isBlank()) {
            throw new IllegalArgumentException("AnalysisStore needs a collection name");
        }
        this.results = connection.analysisstore().getCollection(collection);
        this.clock = clock;
        this.beamline = beamline;
    }

    /** Creates the indexes (idempotent); call once at start-up. */
    public void createIndexes() {
        results.createIndex(Indexes.ascending("uid"), new IndexOptions().unique(true));
        results.createIndex(Indexes.ascending("request"));
        results.createIndex(Indexes.ascending("sample"));
        results.createIndex(Indexes.ascending("result_type"));
        results.createIndex(Indexes.ascending("beamline"));
    }

    public String beamline() {
        return beamline;
    }

    /** Stores a typed result. */
    public <P extends ResultPayload> Result create(ResultContext context, PayloadType<P> type, P payload) {
        if (payload == null) {
            throw new IllegalArgumentException("a " + type.resultType() + " result needs its payload");
        }
        return create(type.resultType(), context, payload.toDocument());
    }

    /** Stores a result of any type with a free-form {@code result_obj} (LSDC's {@code createResult}). */
    public Result create(String resultType, ResultContext context, Document resultObj) {
        if (resultType == null || resultType.isBlank()) {
            throw new IllegalArgumentException("a result needs a result_type");
        }
        if (resultObj == null) {
            throw new IllegalArgumentException("a " + resultType + " result needs a result_obj");
        }
        Document d = new Document("uid", Uids.newUid()).append("time", Uids.epochSeconds(clock))
                .append("result_type", resultType).append("owner", context.owner())
                .append("sample", context.sample()).append("request", context.request())
                .append("provenance", new Document("lsdc", 1).append("writer", WRITER))
                .append("result_obj", resultObj).append("proposalID", context.proposalID())
                .append("beamline", beamline);
        if (context.sample() == null && context.request() == null) {
            d.append("beamline_id", beamline); // what LSDC's addResulttoBL / getResultsforBL use
        }
        results.insertOne(d);
        log.debug("stored {} {} (request {}, sample {})", resultType, d.getString("uid"), context.request(),
                context.sample());
        return Result.fromDocument(d);
    }

    /**
     * @throws NotFoundException when there is no such result
     */
    public Result get(String uid) {
        Document d = results.find(eq("uid", uid)).first();
        if (d == null) {
            throw new NotFoundException("result", uid);
        }
        return Result.fromDocument(d);
    }

    /** Results of a request, optionally only of the given types, oldest first. */
    public List<Result> forRequest(String requestUid, String... resultTypes) {
        return list(eq("request", requestUid), resultTypes);
    }

    /** Results of a sample (including its requests' results), oldest first. */
    public List<Result> forSample(String sampleUid, String... resultTypes) {
        return list(eq("sample", sampleUid), resultTypes);
    }

    /** All results of this beamline, oldest first. */
    public List<Result> forBeamline(String... resultTypes) {
        return list(or(eq("beamline", beamline), eq("beamline_id", beamline)), resultTypes);
    }

    /** The newest result of a type for a sample or a request (uids are unique across both). */
    public Optional<Result> latest(String sampleOrRequestUid, String resultType) {
        // Two single-field queries rather than one $or: each can use its index.
        Optional<Result> byRequest = newest(and(eq("request", sampleOrRequestUid), eq("result_type", resultType)));
        return byRequest.isPresent() ? byRequest
                : newest(and(eq("sample", sampleOrRequestUid), eq("result_type", resultType)));
    }

    private Optional<Result> newest(Bson filter) {
        return Optional.ofNullable(results.find(filter).sort(Sorts.descending("time", "_id")).first())
                .map(Result::fromDocument);
    }

    /** The newest typed payload for a sample or a request. */
    public <P extends ResultPayload> Optional<P> latest(String sampleOrRequestUid, PayloadType<P> type) {
        return latest(sampleOrRequestUid, type.resultType()).map(r -> r.payload(type));
    }

    private List<Result> list(Bson subject, String... resultTypes) {
        Bson filter = resultTypes == null || resultTypes.length == 0 ? subject
                : and(subject, in("result_type", List.of(resultTypes)));
        List<Result> out = new ArrayList<>();
        for (Document d : results.find(filter).sort(Sorts.ascending("time", "_id"))) {
            out.add(Result.fromDocument(d));
        }
        return out;
    }
}
