package org.lsdcfx.launcher;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVAData;
import org.epics.pva.data.PVAStructure;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.routine.CurrentRequest;
import org.lsdcfx.device.pva.SearchRounds;

/**
 * A progress bar on the terminal fed by the daq server's comm PVs ({@code state_percent}, {@code current_request},
 * {@code message_string}), through PVA monitors like any other client. Redraws in place on a terminal, prints a line
 * per 10 % otherwise.
 */
final class TerminalProgress implements AutoCloseable {
    private final PrintWriter out;
    private final boolean terminal = System.console() != null;
    private final PVAClient client;
    private final List<AutoCloseable> subscriptions = new ArrayList<>();
    // Written by PVA monitor threads, read when drawing; guarded by this.
    private double percent;
    private String request = "";
    private int lastDecile = -1;

    TerminalProgress(PrintWriter out, String prefix) throws Exception {
        this.out = out;
        this.client = new PVAClient();
        subscribe(prefix + CommPvNames.STATE_PERCENT, v -> update(Double.parseDouble(v), null));
        subscribe(prefix + CommPvNames.CURRENT_REQUEST, v -> update(-1, describeRequest(v)));
        subscribe(prefix + CommPvNames.MESSAGE_STRING, this::message);
    }

    private void subscribe(String pv, java.util.function.Consumer<String> onValue) throws Exception {
        PVAChannel ch = SearchRounds.connect(client, pv, null, java.time.Duration.ofSeconds(10));
        subscriptions.add(ch.subscribe("", (c, changes, overruns, data) -> {
            if (data != null) {
                PVAData value = data.get("value");
                if (value != null) {
                    onValue.accept(valueText(value));
                }
            }
        }));
    }

    /** "standard on lyso-1: frame 40 of 100" from the server's current_request JSON. */
    private static String describeRequest(String json) {
        if (json.isBlank()) {
            return "";
        }
        try {
            CurrentRequest r = CurrentRequest.fromJson(json);
            return r.protocol() + " on " + r.sampleName() + (r.step() == null || r.step().isBlank() ? "" : ": " + r.step());
        } catch (RuntimeException e) {
            return json;
        }
    }

    private static String valueText(PVAData value) {
        if (value instanceof org.epics.pva.data.PVAString s) {
            return s.get() == null ? "" : s.get();
        }
        if (value instanceof org.epics.pva.data.PVANumber n) {
            return Double.toString(n.getNumber().doubleValue());
        }
        return value.toString();
    }

    private synchronized void update(double pct, String req) {
        if (pct >= 0) {
            percent = pct;
        }
        if (req != null) {
            request = req;
        }
        draw();
    }

    private synchronized void message(String text) {
        if (text.isBlank()) {
            return;
        }
        if (terminal) {
            out.print("\r\033[K");
        }
        out.println("  " + text);
        draw();
    }

    private void draw() {
        int width = 30;
        int filled = (int) Math.round(Math.max(0, Math.min(100, percent)) / 100.0 * width);
        String bar = "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + String.format("%5.1f%%", percent)
                + (request.isBlank() ? "" : "  " + shorten(request));
        if (terminal) {
            out.print("\r\033[K" + bar);
            out.flush();
        } else {
            int decile = (int) (percent / 10);
            if (decile != lastDecile) {
                lastDecile = decile;
                out.println(bar);
                out.flush();
            }
        }
    }

    private static String shorten(String s) {
        return s.length() > 70 ? s.substring(0, 67) + "..." : s;
    }

    @Override
    public void close() {
        for (AutoCloseable s : subscriptions) {
            try {
                s.close();
            } catch (Exception ignored) {
                // closing anyway
            }
        }
        client.close();
        if (terminal) {
            out.println();
        }
        out.flush();
    }

    static Duration generousTimeout(int requests) {
        return Duration.ofMinutes(5L + 5L * requests);
    }
}
