package org.lsdcfx.gui.model;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.routine.CurrentRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daq server's status as the GUI shows it, fed from the comm PVs ({@code program_state},
 * {@code queue_state}, {@code pause_button_state}, {@code mounted_pin}, {@code state_percent},
 * {@code current_request}, {@code zinger_flag}, {@code heartbeat}) through the {@link FxThrottle}.
 *
 * <p>Threading: the properties change on the FX thread only; read and bind them there.
 */
public final class CommStatus implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CommStatus.class);

    private final BooleanProperty connected = new SimpleBooleanProperty(false);
    private final StringProperty programState = new SimpleStringProperty("");
    private final StringProperty queueState = new SimpleStringProperty("");
    private final StringProperty pauseButtonState = new SimpleStringProperty("Pause");
    private final ObjectProperty<MountedPin> mountedPin = new SimpleObjectProperty<>(MountedPin.NONE);
    private final DoubleProperty statePercent = new SimpleDoubleProperty(0);
    private final ObjectProperty<CurrentRequest> currentRequest = new SimpleObjectProperty<>();
    private final StringProperty zingerFlag = new SimpleStringProperty("");
    private final PvWatches watches = new PvWatches();

    /** Starts monitoring the comm PVs under {@code prefix}; call once. */
    public void connect(PvSource pvs, String prefix, FxThrottle throttle) {
        watches.onFx(pvs, prefix + CommPvNames.HEARTBEAT, throttle, v -> connected.set(v.connected()));
        watches.onFx(pvs, prefix + CommPvNames.PROGRAM_STATE, throttle, v -> programState.set(v.text()));
        watches.onFx(pvs, prefix + CommPvNames.QUEUE_STATE, throttle, v -> queueState.set(v.text()));
        watches.onFx(pvs, prefix + CommPvNames.PAUSE_BUTTON_STATE, throttle,
                v -> pauseButtonState.set(v.connected() && !v.text().isEmpty() ? v.text() : "Pause"));
        watches.onFx(pvs, prefix + CommPvNames.MOUNTED_PIN, throttle,
                v -> mountedPin.set(v.connected() ? MountedPin.parse(v.text()) : MountedPin.NONE));
        watches.onFx(pvs, prefix + CommPvNames.STATE_PERCENT, throttle,
                v -> statePercent.set(Double.isNaN(v.number()) ? 0 : v.number()));
        watches.onFx(pvs, prefix + CommPvNames.CURRENT_REQUEST, throttle, v -> currentRequest.set(parse(v.text())));
        watches.onFx(pvs, prefix + CommPvNames.ZINGER_FLAG, throttle, v -> zingerFlag.set(v.text()));
    }


    private static CurrentRequest parse(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            return CurrentRequest.fromJson(json);
        } catch (RuntimeException e) {
            log.warn("Unreadable current_request {}: {}", json, e.getMessage());
            return null;
        }
    }

    /** True while the server's heartbeat PV is connected. */
    public ReadOnlyBooleanProperty connectedProperty() {
        return connected;
    }

    public ReadOnlyStringProperty programStateProperty() {
        return programState;
    }

    public ReadOnlyStringProperty queueStateProperty() {
        return queueState;
    }

    /** "Pause", or "Continue" while the queue is paused. */
    public ReadOnlyStringProperty pauseButtonStateProperty() {
        return pauseButtonState;
    }

    public ReadOnlyObjectProperty<MountedPin> mountedPinProperty() {
        return mountedPin;
    }

    /** Progress of the running routine, 0..100. */
    public ReadOnlyDoubleProperty statePercentProperty() {
        return statePercent;
    }

    /** The running request, or null. */
    public ReadOnlyObjectProperty<CurrentRequest> currentRequestProperty() {
        return currentRequest;
    }

    /** LSDC's {@code zinger_flag}: "" free, {@code user@host} of the control master, {@code -user@host} locked. */
    public ReadOnlyStringProperty zingerFlagProperty() {
        return zingerFlag;
    }

    @Override
    public void close() {
        watches.close();
    }
}
