package org.lsdcfx.gui.status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.daq.routine.CurrentRequest;
import org.lsdcfx.gui.model.GuiModel;
import org.lsdcfx.gui.util.Numbers;
import org.lsdcfx.gui.util.Sweeps;

/**
 * The status strip: control master check box (take / release control), the server's program and queue state,
 * beam available, ring current, governor state, sample exposed, temperatures, last file, and a progress bar with
 * the running request, frames and time left plus the whole-queue estimate. Everything comes from the model's
 * observable properties; the time-left text is re-computed once a second. FX thread only.
 */
public final class StatusStripController {
    /** LSDC colours the ring current red below this, mA. */
    static final double LOW_RING_CURRENT = 390;

    private final GuiModel model;
    private final StatusStripView view = new StatusStripView();
    private final Timeline ticker;
    private boolean syncing; // true while the box is set from the model (not by the user)

    public StatusStripController(GuiModel model) {
        this.model = model;
        var control = model.control();
        control.masterProperty().addListener((o, was, now) -> syncMasterBox());
        control.pendingProperty().addListener((o, was, now) -> syncMasterBox());
        control.holderProperty().addListener((o, was, now) -> syncMasterBox());
        control.lockedProperty().addListener((o, was, now) -> syncMasterBox());
        view.controlMaster.selectedProperty().addListener((o, was, now) -> {
            if (!syncing) {
                if (now) {
                    control.takeControl();
                } else {
                    control.releaseControl();
                }
            }
        });
        syncMasterBox();

        var comm = model.comm();
        listen(comm.connectedProperty(), this::serverState);
        listen(comm.programStateProperty(), this::serverState);
        listen(comm.queueStateProperty(), this::serverState);
        var bl = model.beamline();
        listen(bl.beamAvailableProperty(), () -> flag(view.beam, bl.beamAvailableProperty().get(), "Beam Available",
                "No Beam", "Beam ?", "ok", "bad"));
        listen(bl.ringCurrentProperty(), this::ringCurrent);
        listen(bl.governorStateProperty(), () -> view.governor.setText("Governor " + orNa(bl.governorStateProperty().get())));
        listen(bl.sampleExposedProperty(), () -> flag(view.exposed, bl.sampleExposedProperty().get(), "Sample Exposed",
                "Not Exposed", "Exposed ?", "warn", null));
        listen(bl.gripperTempProperty(), this::temperatures);
        listen(bl.cryostreamTempProperty(), this::temperatures);
        listen(bl.lastFileProperty(), () -> {
            String f = bl.lastFileProperty().get();
            view.lastFile.setText("Last file " + orNa(f));
        });
        listen(comm.statePercentProperty(), this::progress);
        listen(comm.currentRequestProperty(), this::progress);
        model.contents().addListener(c -> progress());
        ticker = new Timeline(new KeyFrame(javafx.util.Duration.seconds(1), e -> progress()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        ticker.play();
    }

    public Node view() {
        return view.root;
    }

    /** Stops the once-a-second update. */
    public void close() {
        ticker.stop();
    }

    private void listen(ObservableValue<?> value, Runnable update) {
        value.addListener((o, was, now) -> update.run());
        update.run();
    }

    private void syncMasterBox() {
        var control = model.control();
        syncing = true;
        try {
            view.controlMaster.setSelected(control.masterProperty().get());
        } finally {
            syncing = false;
        }
        view.controlMaster.setDisable(control.pendingProperty().get());
        view.control.setText(control.describe());
        style(view.control, control.masterProperty().get() ? "ok" : control.holderProperty().get().isEmpty() ? null : "warn");
    }

    private void serverState() {
        var comm = model.comm();
        if (!comm.connectedProperty().get()) {
            view.programState.setText("Server not connected");
            style(view.programState, "bad");
            view.queueState.setText("");
            return;
        }
        String state = comm.programStateProperty().get();
        view.programState.setText(orNa(state));
        style(view.programState, "Program Ready".equals(state) ? "ok" : "warn");
        view.queueState.setText("Queue " + orNa(comm.queueStateProperty().get()));
    }

    private void ringCurrent() {
        double mA = model.beamline().ringCurrentProperty().get();
        view.ringCurrent.setText(Double.isNaN(mA) ? "Ring n/a" : "Ring " + Numbers.format(mA, 1) + " mA");
        style(view.ringCurrent, Double.isNaN(mA) ? null : mA < LOW_RING_CURRENT ? "bad" : "ok");
    }

    private void temperatures() {
        double grip = model.beamline().gripperTempProperty().get();
        double cryo = model.beamline().cryostreamTempProperty().get();
        view.temperatures.setText("Gripper " + kelvin(grip) + " · Cryo " + kelvin(cryo));
        // LSDC: gripper red above 103 K; cryostream green between 99 and 102 K
        boolean bad = !Double.isNaN(grip) && grip > 103 || !Double.isNaN(cryo) && (cryo < 99 || cryo > 102);
        style(view.temperatures, Double.isNaN(grip) && Double.isNaN(cryo) ? null : bad ? "bad" : "ok");
    }

    private static String kelvin(double k) {
        return Double.isNaN(k) ? "n/a" : Numbers.format(k, 1) + " K";
    }

    private void progress() {
        CurrentRequest current = model.comm().currentRequestProperty().get();
        List<RequestObj> waiting = model.contents().waiting().stream().map(Request::requestObj).toList();
        if (current == null || current.uid() == null || current.uid().isEmpty()) {
            view.progress.setProgress(0);
            view.progressText.setText("Idle");
            view.queueEta.setText(waiting.isEmpty() ? "" : "Queue: " + waiting.size() + " request(s), ≈ "
                    + Numbers.duration(Eta.queue(Optional.empty(), waiting)));
            return;
        }
        double percent = Math.max(current.percent(), model.comm().statePercentProperty().get());
        view.progress.setProgress(percent / 100.0);
        Optional<Duration> left = Eta.timeLeft(percent, current.startTime(), model.clock().instant());
        StringBuilder text = new StringBuilder();
        text.append(current.sampleName()).append(" · ").append(current.protocol());
        if (current.step() != null && !current.step().isBlank()) {
            text.append(" · ").append(current.step());
        }
        text.append(" · ").append(Numbers.format(percent, 0)).append(" %");
        model.contents().request(current.uid()).map(r -> Sweeps.imageCount(r.requestObj())).filter(n -> n > 0)
                .ifPresent(n -> text.append(" · frames ").append(Eta.framesDone(percent, n)).append("/").append(n));
        left.ifPresent(d -> text.append(" · ").append(Numbers.duration(d)).append(" left"));
        view.progressText.setText(text.toString());
        view.queueEta.setText(waiting.isEmpty() ? "" : "Queue ETA ≈ " + Numbers.duration(Eta.queue(left, waiting))
                + " (" + waiting.size() + " waiting)");
    }

    private static void flag(Label l, Boolean on, String yes, String no, String unknown, String yesStyle, String noStyle) {
        l.setText(on == null ? unknown : on ? yes : no);
        style(l, on == null ? null : on ? yesStyle : noStyle);
    }

    private static void style(Label l, String state) {
        l.getStyleClass().removeAll("ok", "warn", "bad");
        if (state != null) {
            l.getStyleClass().add(state);
        }
    }

    private static String orNa(String s) {
        return s == null || s.isBlank() ? "n/a" : s;
    }
}
