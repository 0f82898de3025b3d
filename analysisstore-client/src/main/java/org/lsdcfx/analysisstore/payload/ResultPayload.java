package org.lsdcfx.analysisstore.payload;

import org.bson.Document;

/** A typed analysis result, stored as a result document's {@code result_obj}. Implementations are immutable records. */
public interface ResultPayload {
    /** The {@code result_obj} document (LSDC field names where LSDC has them). */
    Document toDocument();
}
