package org.lsdcfx.daq.routine.raster;

import java.util.function.UnaryOperator;

import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.store.ConflictException;

/**
 * Writes what the raster learns back onto its request ({@code rasterDef.status}, {@code max_raster},
 * {@code directory}): versioned updates that re-read and re-apply on a conflict, so a GUI edit in between is kept.
 */
final class RequestNotes {
    static final String WHO = "daq";
    private final Amostra amostra;
    private final String uid;

    RequestNotes(Amostra amostra, String uid) {
        this.amostra = amostra;
        this.uid = uid;
    }

    Request update(UnaryOperator<RequestObj> change) {
        ConflictException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            Request r = amostra.requests().get(uid);
            try {
                return amostra.requests().update(uid, r.version(), change.apply(r.requestObj()), WHO);
            } catch (ConflictException e) {
                last = e;
            }
        }
        throw last;
    }
}
