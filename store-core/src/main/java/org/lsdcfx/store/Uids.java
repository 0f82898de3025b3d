package org.lsdcfx.store;

import java.time.Clock;
import java.util.UUID;

/** Amostra-style identity and time stamps: string UUIDs and epoch seconds as a double. */
public final class Uids {
    private Uids() {
    }

    public static String newUid() {
        return UUID.randomUUID().toString();
    }

    /** Epoch seconds with millisecond resolution, the form Amostra's {@code time} field uses. */
    public static double epochSeconds(Clock clock) {
        return clock.millis() / 1000.0;
    }
}
