package org.lsdcfx.gui.messages;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.lsdcfx.gui.model.MessageLog;

/**
 * The messages panel: the log of the server's {@code message_string} history and the GUI's own reports, newest
 * at the bottom; and the server's popups ({@code gui_popup_message_string}) and the GUI's refusals as
 * non-modal ControlsFX notifications that fade after a while. FX thread only.
 */
public final class MessagesController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneId.systemDefault());
    /** How long a notification stays. */
    static final Duration NOTIFICATION_TIME = Duration.seconds(12);

    private final MessageLog log;
    private final ListView<MessageLog.Entry> list = new ListView<>();
    private final VBox root;
    private int shown; // notifications shown so far (for the header and tests)
    private final Label header = new Label("Messages");

    public MessagesController(MessageLog log) {
        this.log = log;
        list.setId("messageLog");
        list.setItems(log.entries());
        list.setCellFactory(v -> new EntryCell());
        list.setFocusTraversable(false);
        VBox.setVgrow(list, Priority.ALWAYS);
        log.entries().addListener((ListChangeListener<MessageLog.Entry>) c -> {
            if (!log.entries().isEmpty()) {
                list.scrollTo(log.entries().size() - 1);
            }
        });
        log.addPopupListener(this::notify);
        Button clear = new Button("Clear");
        clear.setId("clearMessagesButton");
        clear.setOnAction(e -> log.entries().clear());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        header.getStyleClass().add("panel-title");
        HBox top = new HBox(6, header, gap, clear);
        top.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(4, top, list);
        root.setPadding(new Insets(6));
        root.setId("messagesPanel");
    }

    public Node view() {
        return root;
    }

    /** Notifications shown since start. */
    public int notificationsShown() {
        return shown;
    }

    private void notify(MessageLog.Entry e) {
        shown++;
        Notifications n = Notifications.create().title("LSDC-FX").text(e.text()).hideAfter(NOTIFICATION_TIME)
                .position(Pos.TOP_RIGHT);
        if (root.getScene() != null && root.getScene().getWindow() != null && root.getScene().getWindow().isShowing()) {
            n.owner(root.getScene().getWindow()).showError();
        }
    }

    /** One log line: time, where from, text; errors in red. */
    private static final class EntryCell extends ListCell<MessageLog.Entry> {
        EntryCell() {
            setWrapText(true);
            setPrefWidth(0); // wrap at the list's width instead of widening it
        }

        @Override
        protected void updateItem(MessageLog.Entry e, boolean empty) {
            super.updateItem(e, empty);
            getStyleClass().removeAll("log-error", "log-server", "log-gui");
            if (empty || e == null) {
                setText(null);
                return;
            }
            String source = switch (e.source()) {
                case SERVER -> "server";
                case POPUP -> "popup";
                case GUI -> "gui";
            };
            setText(TIME.format(e.time()) + "  " + source + "  " + e.text());
            getStyleClass().add(e.error() ? "log-error" : e.source() == MessageLog.Source.SERVER ? "log-server" : "log-gui");
        }
    }
}
