package org.lsdcfx.daq.test;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Silences core-pva's java.util.logging output (each refused write logs a WARNING there). */
public final class Quiet {
    // Strong reference: java.util.logging forgets the level of a logger nobody holds.
    private static final Logger PVA = Logger.getLogger("org.epics.pva");

    private Quiet() {
    }

    public static void pva() {
        PVA.setLevel(Level.SEVERE);
    }
}
