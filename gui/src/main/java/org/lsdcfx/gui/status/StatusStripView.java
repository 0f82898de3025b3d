package org.lsdcfx.gui.status;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The status strip's nodes (view only; {@link StatusStripController} fills them). */
final class StatusStripView {
    final CheckBox controlMaster = new CheckBox("Control master");
    final Label control = label("controlLabel");
    final Label programState = label("programStateLabel");
    final Label queueState = label("queueStateLabel");
    final Label beam = label("beamLabel");
    final Label ringCurrent = label("ringCurrentLabel");
    final Label governor = label("governorLabel");
    final Label exposed = label("exposedLabel");
    final Label temperatures = label("temperatureLabel");
    final Label lastFile = label("lastFileLabel");
    final ProgressBar progress = new ProgressBar(0);
    final Label progressText = label("progressLabel");
    final Label queueEta = label("queueEtaLabel");
    final VBox root;

    StatusStripView() {
        controlMaster.setId("controlMasterBox");
        controlMaster.setMinWidth(Region.USE_PREF_SIZE);
        progress.setId("progressBar");
        progress.setPrefWidth(260);
        progress.setMinWidth(Region.USE_PREF_SIZE);
        for (Label l : new Label[] {control, programState, queueState, beam, ringCurrent, governor, exposed, temperatures,
                queueEta}) {
            l.setMinWidth(Region.USE_PREF_SIZE); // readings are short: never cut them, cut the file name instead
        }
        lastFile.setMinWidth(60);
        HBox.setHgrow(lastFile, Priority.ALWAYS);
        HBox line1 = new HBox(10, controlMaster, control, sep(), programState, queueState, sep(), beam, ringCurrent,
                governor, exposed, temperatures, sep(), lastFile);
        line1.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(progressText, Priority.ALWAYS);
        progressText.setMaxWidth(Double.MAX_VALUE);
        HBox line2 = new HBox(10, progress, progressText, queueEta);
        line2.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(4, line1, line2);
        root.setPadding(new Insets(4, 8, 4, 8));
        root.getStyleClass().add("status-strip");
        root.setId("statusStrip");
    }

    private static Label label(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("status-item");
        return l;
    }

    private static Separator sep() {
        return new Separator(javafx.geometry.Orientation.VERTICAL);
    }
}
