package org.lsdcfx.daq.routine.collect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.daq.queue.RequestQueueWalker;
import org.lsdcfx.store.ConflictException;

/**
 * Writes what the server decided back into a request's {@code request_obj} ({@code directory}, {@code runNum}, the
 * dataset record), re-reading and retrying when a user edited the request meanwhile; only the keys given change.
 * Thread-safe (the store arbitrates).
 */
final class RequestRecords {
    /** request_obj key of the server's dataset record (master file, status, frames). */
    static final String DATASET = "lsdcfx_dataset";
    private static final int ATTEMPTS = 5;

    private RequestRecords() {
    }

    static Request update(Amostra amostra, String uid, Map<String, ?> changes) {
        ConflictException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            Request r = amostra.requests().get(uid);
            try {
                return amostra.requests().update(uid, r.version(), r.requestObj().withAll(changes), RequestQueueWalker.WHO);
            } catch (ConflictException e) {
                last = e;
            }
        }
        throw last;
    }

    /** The dataset record: where the master is, its status, frames written of planned. */
    static Map<String, Object> dataset(String master, String status, int written, int planned) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("master", master);
        d.put("status", status);
        d.put("frames_written", written);
        d.put("frames_planned", planned);
        return d;
    }

    /** A request_obj (nested maps and lists included) as a BSON document, for result payloads. */
    static Document document(Map<String, Object> map) {
        Document d = new Document();
        map.forEach((k, v) -> d.append(k, bson(v)));
        return d;
    }

    @SuppressWarnings("unchecked")
    private static Object bson(Object v) {
        if (v instanceof Map<?, ?> m) {
            return document((Map<String, Object>) m);
        }
        if (v instanceof List<?> l) {
            return l.stream().map(RequestRecords::bson).toList();
        }
        return v;
    }
}
