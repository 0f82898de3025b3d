package org.lsdcfx.gui.request;

/** The request form's text fields, with the label and unit shown next to each. */
public enum FieldId {
    WIDTH("Oscillation width", "°"),
    START("Oscillation start", "°"),
    RANGE("Oscillation range", "°"),
    EXPOSURE("Exposure time", "s"),
    TOTAL_EXPOSURE("Total exposure", "s"),
    DISTANCE("Detector distance", "mm"),
    RESOLUTION("Edge resolution", "Å"),
    ENERGY("Energy", "eV"),
    WAVELENGTH("Wavelength", "Å"),
    TRANSMISSION("Transmission", "0–1"),
    PREFIX("Data prefix", ""),
    FILE_NUMBER("File number start", ""),
    RASTER_STEP("Raster step", "µm"),
    DIFF_CUTOFF("Diffraction cutoff", "spots"),
    VECTOR_WEDGES("Number of wedges", ""),
    CHAR_RESOLUTION("Aimed resolution", "Å"),
    CHAR_ISIGMA("Aimed I/σ(I)", ""),
    CHAR_COMPLETENESS("Aimed completeness", "0–1"),
    CHAR_MULTIPLICITY("Aimed multiplicity", "or auto"),
    CHAR_DOSE_LIMIT("Dose limit", "MGy"),
    ESCAN_STEPS("Steps", ""),
    ESCAN_STEPSIZE("Step size", "eV");

    private final String label;
    private final String unit;

    FieldId(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Node id of the field in the form ("widthField", "fileNumberField", ...). */
    public String nodeId() {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b + "Field";
    }
}
