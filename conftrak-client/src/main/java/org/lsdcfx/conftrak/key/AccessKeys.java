package org.lsdcfx.conftrak.key;

import static org.lsdcfx.conftrak.key.ConfigArea.ACCESS;
import static org.lsdcfx.conftrak.key.ConfigKey.integer;
import static org.lsdcfx.conftrak.key.ConfigKey.names;

import java.util.List;

/**
 * Who may do what (new in LSDC-FX; LSDC relied on Unix groups in the GUI process). The daq server's command
 * guard reads these.
 */
public final class AccessKeys {
    private AccessKeys() {
    }

    public static final ConfigKey<List<String>> STAFF_USERS = names(ACCESS, "staffUsers",
            "PVA user names allowed to run staff-only commands, stored comma-separated; empty = nobody");
    public static final ConfigKey<Integer> CONTROL_MASTER_TIMEOUT = integer(ACCESS, "controlMasterTimeout", 1800, "s",
            "A GUI's claim to be control master lapses after this long without a command; 0 = never")
            .range(0, 7 * 24 * 3600);

    public static List<ConfigKey<?>> all() {
        return List.of(STAFF_USERS, CONTROL_MASTER_TIMEOUT);
    }
}
