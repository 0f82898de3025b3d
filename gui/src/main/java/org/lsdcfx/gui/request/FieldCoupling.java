package org.lsdcfx.gui.request;

import java.util.Map;
import java.util.OptionalDouble;
import javafx.scene.control.TextField;
import org.lsdcfx.gui.util.DetectorGeometry;
import org.lsdcfx.gui.util.Numbers;

/**
 * Keeps the coupled form fields consistent as the user types: detector distance ⇄ edge resolution (exact Bragg
 * formula, {@link DetectorGeometry}) and energy ⇄ wavelength; a new energy or wavelength keeps the distance and
 * recomputes the resolution. A field that does not parse leaves the others alone (validation marks it).
 *
 * <p>Threading: FX thread only. The caller guards against re-entry (these writes fire text listeners).
 */
final class FieldCoupling {
    private final Map<FieldId, TextField> fields;
    private final double detectorRadiusMm;

    FieldCoupling(Map<FieldId, TextField> fields, double detectorRadiusMm) {
        this.fields = fields;
        this.detectorRadiusMm = detectorRadiusMm;
    }

    /** Rewrites the fields that follow {@code edited}. */
    void edited(FieldId edited) {
        switch (edited) {
            case DISTANCE -> recomputeResolution();
            case RESOLUTION -> recomputeDistance();
            case ENERGY -> {
                positive(FieldId.ENERGY).ifPresent(e -> set(FieldId.WAVELENGTH, DetectorGeometry.wavelength(e), 5));
                recomputeResolution();
            }
            case WAVELENGTH -> positive(FieldId.WAVELENGTH).ifPresent(w -> {
                set(FieldId.ENERGY, DetectorGeometry.energy(w), 2);
                recomputeResolution();
            });
            default -> {
            }
        }
    }

    /** The edge resolution for the distance and energy in the form. */
    void recomputeResolution() {
        OptionalDouble d = positive(FieldId.DISTANCE);
        OptionalDouble e = positive(FieldId.ENERGY);
        if (d.isPresent() && e.isPresent()) {
            set(FieldId.RESOLUTION, DetectorGeometry.resolution(d.getAsDouble(), DetectorGeometry.wavelength(e.getAsDouble()),
                    detectorRadiusMm, 0), 3);
        }
    }

    private void recomputeDistance() {
        OptionalDouble r = positive(FieldId.RESOLUTION);
        OptionalDouble e = positive(FieldId.ENERGY);
        if (r.isPresent() && e.isPresent()) {
            DetectorGeometry.distance(r.getAsDouble(), DetectorGeometry.wavelength(e.getAsDouble()), detectorRadiusMm, 0)
                    .ifPresent(d -> set(FieldId.DISTANCE, d, 2));
        }
    }

    private OptionalDouble positive(FieldId f) {
        OptionalDouble x = Numbers.parse(fields.get(f).getText());
        return x.isPresent() && x.getAsDouble() > 0 ? x : OptionalDouble.empty();
    }

    private void set(FieldId f, double value, int decimals) {
        fields.get(f).setText(Numbers.format(value, decimals));
    }
}
