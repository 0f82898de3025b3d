package org.lsdcfx.analysisstore.payload;

/**
 * A stored {@code result_obj} cannot be read as the requested payload (missing or mistyped field, unknown format
 * version). The result itself stays readable raw through {@code Result.resultObj()}.
 */
public class PayloadFormatException extends IllegalArgumentException {
    public PayloadFormatException(String message) {
        super(message);
    }
}
