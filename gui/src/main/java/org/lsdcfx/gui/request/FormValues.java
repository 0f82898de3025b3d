package org.lsdcfx.gui.request;

import java.util.EnumMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.lsdcfx.gui.model.BeamSize;
import org.lsdcfx.gui.util.Numbers;

/**
 * Everything the request form holds, as the user entered it (text fields as text). Immutable.
 *
 * @param text      the text fields' contents
 * @param centering LSDC's {@code centeringOption}: Interactive, AutoLoop, AutoRaster or Testing
 * @param element   energy scan: element symbol
 * @param edge      energy scan: absorption edge (K, L1, L2, L3)
 */
public record FormValues(String protocol, Map<FieldId, String> text, BeamSize beam, String centering, boolean fastDP,
                         boolean fastEP, boolean dimple, boolean xia2, String element, String edge, String spaceGroup,
                         boolean anomalous) {
    public FormValues {
        Map<FieldId, String> copy = new EnumMap<>(FieldId.class);
        copy.putAll(text);
        text = java.util.Collections.unmodifiableMap(copy);
    }

    public String get(FieldId f) {
        return text.getOrDefault(f, "").trim();
    }

    public OptionalDouble number(FieldId f) {
        return Numbers.parse(get(f));
    }

    /** Width 0: stills (the range field then holds the number of images, as in LSDC). */
    public boolean stills() {
        return number(FieldId.WIDTH).orElse(-1) == 0;
    }

    /** The number of images, when width and range parse. */
    public OptionalDouble images() {
        OptionalDouble width = number(FieldId.WIDTH);
        OptionalDouble range = number(FieldId.RANGE);
        if (width.isEmpty() || range.isEmpty()) {
            return OptionalDouble.empty();
        }
        if (width.getAsDouble() == 0) {
            return OptionalDouble.of(Math.round(range.getAsDouble()));
        }
        return width.getAsDouble() > 0 ? OptionalDouble.of(Math.round(range.getAsDouble() / width.getAsDouble()))
                : OptionalDouble.empty();
    }

    /** Images × exposure, when both parse. */
    public OptionalDouble totalExposure() {
        OptionalDouble images = images();
        OptionalDouble exposure = number(FieldId.EXPOSURE);
        return images.isPresent() && exposure.isPresent()
                ? OptionalDouble.of(images.getAsDouble() * exposure.getAsDouble()) : OptionalDouble.empty();
    }

    /** A copy with one text field changed. */
    public FormValues with(FieldId f, String value) {
        Map<FieldId, String> m = new EnumMap<>(FieldId.class);
        m.putAll(text);
        m.put(f, value);
        return new FormValues(protocol, m, beam, centering, fastDP, fastEP, dimple, xia2, element, edge, spaceGroup,
                anomalous);
    }
}
