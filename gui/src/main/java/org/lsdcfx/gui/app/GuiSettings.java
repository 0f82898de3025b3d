package org.lsdcfx.gui.app;

import java.time.Duration;

/**
 * How the GUI runs. {@link #defaults()} suits a beamline workstation; tests and the demo change single values.
 *
 * @param commPrefix         comm PV prefix; null: conftrak {@code beamlineComm} if stored, else the profile's
 * @param takeControlAtStart ask for control master at start-up (LSDC's {@code master} argument; the demo does)
 * @param storePoll          how often the store change probe runs (other GUIs' edits appear within this)
 * @param throttle           shortest time between two batches of updates on the FX thread
 * @param commandTimeout     how long a command may take to be delivered and decided by the server
 * @param width              initial window width, px
 * @param height             initial window height, px
 */
public record GuiSettings(String commPrefix, boolean takeControlAtStart, Duration storePoll, Duration throttle,
                          Duration commandTimeout, double width, double height) {
    public static GuiSettings defaults() {
        return new GuiSettings(null, false, Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofSeconds(5), 1440, 900);
    }

    public GuiSettings withCommPrefix(String prefix) {
        return new GuiSettings(prefix, takeControlAtStart, storePoll, throttle, commandTimeout, width, height);
    }

    public GuiSettings withTakeControlAtStart(boolean take) {
        return new GuiSettings(commPrefix, take, storePoll, throttle, commandTimeout, width, height);
    }

    public GuiSettings withStorePoll(Duration poll) {
        return new GuiSettings(commPrefix, takeControlAtStart, poll, throttle, commandTimeout, width, height);
    }

    public GuiSettings withSize(double w, double h) {
        return new GuiSettings(commPrefix, takeControlAtStart, storePoll, throttle, commandTimeout, w, h);
    }
}
