package org.lsdcfx.conftrak.key;

import static org.lsdcfx.conftrak.key.ConfigArea.VISIT;
import static org.lsdcfx.conftrak.key.ConfigKey.flag;
import static org.lsdcfx.conftrak.key.ConfigKey.integer;
import static org.lsdcfx.conftrak.key.ConfigKey.number;
import static org.lsdcfx.conftrak.key.ConfigKey.text;

import java.util.List;

/** The current visit (LSDC-REFERENCE §5.2 "visit"). Empty text means "not set yet". */
public final class VisitKeys {
    private VisitKeys() {
    }

    public static final ConfigKey<String> VISIT_DIRECTORY = text(VISIT, "visitDirectory", "",
            "Data directory of the current visit (basePath of new requests); empty = not set");
    public static final ConfigKey<String> VISIT_NAME = text(VISIT, "visitName", "",
            "Visit name, LSDC synthesises mx<proposal>-1; empty = not set");
    public static final ConfigKey<Integer> PROPOSAL = integer(VISIT, "proposal", 0, "",
            "Proposal number of the current visit; 0 = not set").range(0, Integer.MAX_VALUE);
    public static final ConfigKey<String> USER = text(VISIT, "user", "",
            "Current user (Unix login, LSDC's setCurrentUser); empty = not set");
    public static final ConfigKey<Double> ISPYB_RESULT_ENTRY_DELAY = number(VISIT, "ispybResultEntryDelay", 0.0, "s",
            "Pause before results are entered into ISPyB (ISPyB is not used by LSDC-FX)").range(0, 600);
    public static final ConfigKey<Boolean> SET_ENERGY_CHECK = flag(VISIT, "setEnergyCheck", true,
            "Ask for confirmation before a large energy change");

    public static List<ConfigKey<?>> all() {
        return List.of(VISIT_DIRECTORY, VISIT_NAME, PROPOSAL, USER, ISPYB_RESULT_ENTRY_DELAY, SET_ENERGY_CHECK);
    }
}
