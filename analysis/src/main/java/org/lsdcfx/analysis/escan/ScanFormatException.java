package org.lsdcfx.analysis.escan;

/** A scan file whose content is not a usable two-column energy scan; the message names file and line. */
public class ScanFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public ScanFormatException(String message) {
        super(message);
    }

    public ScanFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
