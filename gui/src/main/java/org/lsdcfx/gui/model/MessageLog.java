package org.lsdcfx.gui.model;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.comm.CommPvs;

/**
 * The message history the log pane shows: every {@code message_string} from the server, every
 * {@code gui_popup_message_string} popup, and the GUI's own reports (commands refused, store conflicts). Popups
 * are also handed to the popup listeners (the non-modal notifications).
 *
 * <p>Threading: {@link #post} may be called from any thread; entries reach {@link #entries()} and the popup
 * listeners on the FX thread, in order, through the throttle (nothing is coalesced away).
 */
public final class MessageLog implements AutoCloseable {
    /** Longest history kept; older entries are dropped. */
    public static final int CAPACITY = 2000;

    /** Where a message came from. */
    public enum Source { SERVER, POPUP, GUI }

    /**
     * @param time  server time stamp for server messages, the GUI's clock for its own
     * @param error shown in red (popups, refusals, failures)
     */
    public record Entry(Instant time, Source source, String text, boolean error) {
    }

    private final FxThrottle throttle;
    private final Clock clock;
    private final Queue<Entry> incoming = new ConcurrentLinkedQueue<>();
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final List<Consumer<Entry>> popupListeners = new CopyOnWriteArrayList<>();
    private final PvWatches watches = new PvWatches();
    private PvValue lastMessage; // PVA thread of that monitor only
    private PvValue lastPopup;   // PVA thread of that monitor only

    public MessageLog(FxThrottle throttle, Clock clock) {
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Follows the server's {@code message_string} and {@code gui_popup_message_string}. */
    public void connect(PvSource pvs, String prefix) {
        watches.direct(pvs, prefix + CommPvNames.MESSAGE_STRING, v -> {
            if (isNew(v, lastMessage)) {
                lastMessage = v;
                post(new Entry(timeOf(v), Source.SERVER, v.text(), false));
            }
        });
        watches.direct(pvs, prefix + CommPvNames.GUI_POPUP_MESSAGE_STRING, v -> {
            if (isNew(v, lastPopup)) {
                lastPopup = v;
                if (!CommPvs.KILL_MESSAGE.equals(v.text())) {
                    post(new Entry(timeOf(v), Source.POPUP, v.text(), true));
                }
            }
        });
    }

    /** A value worth logging: connected, not empty, and not the one already logged (seen again on reconnect). */
    private static boolean isNew(PvValue v, PvValue last) {
        return v.connected() && !v.text().isBlank()
                && (last == null || !Objects.equals(last.text(), v.text()) || !Objects.equals(last.time(), v.time()));
    }

    private Instant timeOf(PvValue v) {
        return v.time() != null ? v.time() : clock.instant();
    }

    /** Adds one of the GUI's own messages (any thread). */
    public void gui(String text, boolean error) {
        post(new Entry(clock.instant(), Source.GUI, text, error));
    }

    /** Adds a GUI message that also pops up as a notification (any thread). */
    public void guiPopup(String text) {
        post(new Entry(clock.instant(), Source.POPUP, text, true));
    }

    /** Adds an entry (any thread). */
    public void post(Entry entry) {
        incoming.add(entry);
        throttle.submit(this, this::drain);
    }

    private void drain() {
        List<Entry> batch = new ArrayList<>();
        for (Entry e; (e = incoming.poll()) != null; ) {
            batch.add(e);
        }
        if (batch.isEmpty()) {
            return;
        }
        entries.addAll(batch);
        if (entries.size() > CAPACITY) {
            entries.remove(0, entries.size() - CAPACITY);
        }
        for (Entry e : batch) {
            if (e.source() == Source.POPUP) {
                popupListeners.forEach(l -> l.accept(e));
            }
        }
    }

    /** The history, oldest first (FX thread). */
    public ObservableList<Entry> entries() {
        return entries;
    }

    /** Called on the FX thread for each popup. */
    public void addPopupListener(Consumer<Entry> listener) {
        popupListeners.add(listener);
    }

    @Override
    public void close() {
        watches.close();
    }
}
