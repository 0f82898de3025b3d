package org.lsdcfx.launcher;

import org.lsdcfx.daq.routine.ProtocolRegistry;

/** Every collection protocol this build ships, registered for {@code ./lsdc server} and the demos. */
final class Protocols {
    private Protocols() {
    }

    static ProtocolRegistry all() {
        return new ProtocolRegistry();
    }
}
