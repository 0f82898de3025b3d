package org.lsdcfx.gui.model;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Beamline readings for the status strip (ring current, beam available, governor, sample exposed, temperatures,
 * last detector file), fed from the beamline PVs through the {@link FxThrottle}. Unknown or disconnected values
 * are NaN or null.
 *
 * <p>Threading: the properties change on the FX thread only.
 */
public final class BeamlineStatus implements AutoCloseable {

    private final DoubleProperty ringCurrent = new SimpleDoubleProperty(Double.NaN);
    private final ObjectProperty<Boolean> beamAvailable = new SimpleObjectProperty<>();
    private final StringProperty governorState = new SimpleStringProperty("");
    private final ObjectProperty<Boolean> sampleExposed = new SimpleObjectProperty<>();
    private final DoubleProperty gripperTemp = new SimpleDoubleProperty(Double.NaN);
    private final DoubleProperty cryostreamTemp = new SimpleDoubleProperty(Double.NaN);
    private final StringProperty lastFile = new SimpleStringProperty("");
    private final PvWatches watches = new PvWatches();
    private String detectorPath = "";    // FX thread only
    private String detectorPattern = ""; // FX thread only

    /** Starts monitoring; PVs the profile does not name are skipped. */
    public void connect(PvSource pvs, BeamlinePvs names, FxThrottle throttle) {
        watches.onFx(pvs, names.ringCurrent(), throttle, v -> ringCurrent.set(v.connected() ? v.number() : Double.NaN));
        watches.onFx(pvs, names.beamAvailable(), throttle, v -> beamAvailable.set(v.flag().orElse(null)));
        watches.onFx(pvs, names.governorState(), throttle, v -> governorState.set(v.text()));
        watches.onFx(pvs, names.sampleExposed(), throttle, v -> sampleExposed.set(v.flag().orElse(null)));
        watches.onFx(pvs, names.gripperTemp(), throttle, v -> gripperTemp.set(v.connected() ? v.number() : Double.NaN));
        watches.onFx(pvs, names.cryostreamTemp(), throttle, v -> cryostreamTemp.set(v.connected() ? v.number() : Double.NaN));
        watches.onFx(pvs, names.detectorPath(), throttle, v -> {
            detectorPath = v.text();
            updateLastFile();
        });
        watches.onFx(pvs, names.detectorPattern(), throttle, v -> {
            detectorPattern = v.text();
            updateLastFile();
        });
    }

    private void updateLastFile() {
        if (detectorPattern.isEmpty()) {
            lastFile.set("");
            return;
        }
        String dir = detectorPath.endsWith("/") || detectorPath.isEmpty() ? detectorPath : detectorPath + "/";
        lastFile.set(dir + detectorPattern + "_master.h5");
    }


    /** mA, NaN when unknown. */
    public ReadOnlyDoubleProperty ringCurrentProperty() {
        return ringCurrent;
    }

    /** null when unknown. */
    public ReadOnlyObjectProperty<Boolean> beamAvailableProperty() {
        return beamAvailable;
    }

    public ReadOnlyStringProperty governorStateProperty() {
        return governorState;
    }

    /** True while the fast shutter is open; null when unknown. */
    public ReadOnlyObjectProperty<Boolean> sampleExposedProperty() {
        return sampleExposed;
    }

    /** K, NaN when unknown. */
    public ReadOnlyDoubleProperty gripperTempProperty() {
        return gripperTemp;
    }

    /** K, NaN when unknown. */
    public ReadOnlyDoubleProperty cryostreamTempProperty() {
        return cryostreamTemp;
    }

    /** The detector's current series master file, "" when unknown. */
    public ReadOnlyStringProperty lastFileProperty() {
        return lastFile;
    }

    @Override
    public void close() {
        watches.close();
    }
}
