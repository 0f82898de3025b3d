package org.lsdcfx.analysisstore.payload;

import java.util.Objects;
import java.util.function.Function;
import org.bson.Document;

/**
 * Binds a {@code result_type} name to the payload record that reads its {@code result_obj}. Constants are in
 * {@link ResultTypes}.
 *
 * @param resultType LSDC's {@code result_type} ("rasterResult", "choochResult", ...)
 * @param reader     builds the payload from {@code result_obj}; throws {@link PayloadFormatException}
 * @param <P>        the payload record
 */
public record PayloadType<P extends ResultPayload>(String resultType, Function<Document, P> reader) {
    public PayloadType {
        Objects.requireNonNull(resultType, "resultType");
        Objects.requireNonNull(reader, "reader");
    }

    /**
     * @throws PayloadFormatException when the document is not a valid payload of this type
     */
    public P read(Document resultObj) {
        if (resultObj == null) {
            throw new PayloadFormatException(resultType + " has no result_obj");
        }
        try {
            return reader.apply(resultObj);
        } catch (PayloadFormatException e) {
            throw new PayloadFormatException(resultType + ": " + e.getMessage());
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new PayloadFormatException(resultType + ": " + e.getMessage());
        }
    }
}
