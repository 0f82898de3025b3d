package org.lsdcfx.gui.app;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.epics.pva.client.PVAClient;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.store.StoreConnection;

/**
 * What the GUI needs from its surroundings, all already running: the store connection, a PVA client, the
 * beamline profile. The GUI closes none of them; whoever made them closes them after the GUI ended.
 *
 * @param store      MongoDB connection to the Amostra and Conftrak databases
 * @param pva        PVA client for the GUI's monitors (comm and beamline PVs); create it after the JVM's PVA
 *                   settings are applied. Commands go out on a connection of their own (the daq server's
 *                   {@code CommandClient}), made with the same settings; the server knows the control master by it
 * @param profile    the beamline profile (limits, beamline PV names, default comm prefix)
 * @param beamlineId conftrak's {@code beamline_id} (e.g. "sim", "amx")
 * @param user       the user name recorded as "who" in the stores
 */
public record GuiContext(StoreConnection store, PVAClient pva, BeamlineProfile profile, String beamlineId, String user,
                         Clock clock, GuiSettings settings) {
    public GuiContext {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(pva, "pva");
        Objects.requireNonNull(profile, "profile");
        beamlineId = beamlineId == null ? profile.name().toLowerCase(Locale.ROOT) : beamlineId;
        user = user == null || user.isBlank() ? System.getProperty("user.name", "unknown") : user;
        clock = clock == null ? Clock.systemUTC() : clock;
        settings = settings == null ? GuiSettings.defaults() : settings;
    }

    /** Defaults for everything else: beamline id from the profile name, the OS user, the system clock. */
    public static GuiContext of(StoreConnection store, PVAClient pva, BeamlineProfile profile) {
        return new GuiContext(store, pva, profile, null, null, null, null);
    }

    public GuiContext withSettings(GuiSettings s) {
        return new GuiContext(store, pva, profile, beamlineId, user, clock, s);
    }
}
