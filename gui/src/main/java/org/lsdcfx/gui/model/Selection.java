package org.lsdcfx.gui.model;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.lsdcfx.amostra.Request;

/**
 * What the user selected in the dewar tree, shared by the panels: the selected requests (latest known versions)
 * and the samples they target (selected sample rows plus the samples of selected requests).
 *
 * <p>Threading: FX thread only.
 */
public final class Selection {
    private final ObjectProperty<List<Request>> requests = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<SampleSlot>> samples = new SimpleObjectProperty<>(List.of());

    public void set(List<Request> selectedRequests, List<SampleSlot> targetSamples) {
        requests.set(List.copyOf(selectedRequests));
        samples.set(List.copyOf(targetSamples));
    }

    public ReadOnlyObjectProperty<List<Request>> requestsProperty() {
        return requests;
    }

    public ReadOnlyObjectProperty<List<SampleSlot>> samplesProperty() {
        return samples;
    }

    public List<Request> requests() {
        return requests.get();
    }

    public List<SampleSlot> samples() {
        return samples.get();
    }
}
