package org.lsdcfx.analysisstore.payload;

import org.bson.Document;

/**
 * The experiment parameters of a collection ({@code result_type "mxExpParams"}), LSDC's
 * {@code logMxRequestParams}: a copy of the request's {@code request_obj} as it was collected, plus the
 * transmission read back from the attenuator and the flux at the sample.
 *
 * @param requestObj          the request's {@code request_obj} at collection time (copied)
 * @param transmissionReading measured transmission, fraction 0..1
 * @param flux                photon flux at the sample, photons/s
 */
public record MxExpParams(Document requestObj, double transmissionReading, double flux) implements ResultPayload {
    public MxExpParams {
        if (requestObj == null) {
            throw new IllegalArgumentException("mxExpParams needs the request_obj it was collected with");
        }
        if (transmissionReading < 0 || transmissionReading > 1 || flux < 0) {
            throw new IllegalArgumentException("mxExpParams transmission must be 0..1 and flux >= 0, got "
                    + transmissionReading + " and " + flux);
        }
        requestObj = new Document(requestObj);
    }

    @Override
    public Document toDocument() {
        return new Document("requestObj", new Document(requestObj)).append("transmissionReading", transmissionReading)
                .append("flux", flux);
    }

    public static MxExpParams fromDocument(Document d) {
        return new MxExpParams(Fields.doc(d, "requestObj"), Fields.num(d, "transmissionReading"), Fields.num(d, "flux"));
    }
}
