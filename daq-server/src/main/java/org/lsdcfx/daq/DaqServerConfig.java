package org.lsdcfx.daq;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.epics.pva.client.PVAClient;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.store.StoreConnection;

/**
 * Everything a {@link DaqServer} needs. Build with {@link #builder(StoreConnection, BeamlineProfile)}; every other
 * field has a default.
 *
 * @param store                the MongoDB connection (Amostra, Conftrak, Analysisstore); not closed by the server
 * @param profile              the beamline profile (devices, motor limits, energy range, default comm prefix, staff)
 * @param beamlineId           conftrak/analysisstore beamline id; default: profile name in lower case ("sim", "amx")
 * @param commPrefix           prefix of the comm PVs; null: conftrak {@code beamlineComm} if stored, else the profile's
 * @param pvaClient            PVA client for devices and the single-instance check; null: the server makes (and closes)
 *                             its own. The server always hosts its comm PVs on a PVA server of its own.
 * @param pvaNetwork           PVA ports and addresses to apply before creating the server and client; null: leave
 *                             {@link org.epics.pva.PVASettings} as they are (properties/environment)
 * @param staff                staff identities ({@code user} or {@code user@host}) beside the profile's and conftrak's
 *                             {@code staffUsers}
 * @param visitDirectory       this server's visit directory; null: conftrak {@code visitDirectory}
 * @param spreadsheetRoots     directories {@code importSpreadsheet} may read from; empty: the visit directory
 * @param protocols            collection protocols (filled by later issues); the server looks protocols up at run time
 * @param clock                time source for stamps and records
 * @param connectDevices       false: run without beamline devices (device commands are refused with that reason)
 * @param deviceConnectTimeout how long to wait for the beamline PVs at start-up
 * @param instanceCheckTimeout how long to look for another server on the prefix (the cost of every start)
 * @param abortBudget          longest an abort waits for the devices' stop commands
 */
public record DaqServerConfig(StoreConnection store, BeamlineProfile profile, String beamlineId, String commPrefix,
                              PVAClient pvaClient, PvaNetwork pvaNetwork, Set<String> staff, Path visitDirectory,
                              List<Path> spreadsheetRoots, ProtocolRegistry protocols, Clock clock, boolean connectDevices,
                              Duration deviceConnectTimeout, Duration instanceCheckTimeout, Duration abortBudget) {
    public DaqServerConfig {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(profile, "profile");
        beamlineId = beamlineId == null ? profile.name().toLowerCase(Locale.ROOT) : beamlineId;
        staff = staff == null ? Set.of() : Set.copyOf(staff);
        visitDirectory = visitDirectory == null ? null : visitDirectory.toAbsolutePath().normalize();
        spreadsheetRoots = spreadsheetRoots == null ? List.of() : List.copyOf(spreadsheetRoots);
        protocols = protocols == null ? new ProtocolRegistry() : protocols;
        clock = clock == null ? Clock.systemUTC() : clock;
        deviceConnectTimeout = deviceConnectTimeout == null ? Duration.ofSeconds(10) : deviceConnectTimeout;
        instanceCheckTimeout = instanceCheckTimeout == null ? Duration.ofSeconds(1) : instanceCheckTimeout;
        abortBudget = abortBudget == null ? Duration.ofSeconds(3) : abortBudget;
    }

    public static Builder builder(StoreConnection store, BeamlineProfile profile) {
        return new Builder(store, profile);
    }

    /** Builder with the defaults documented on the record. */
    public static final class Builder {
        private final StoreConnection store;
        private final BeamlineProfile profile;
        private String beamlineId;
        private String commPrefix;
        private PVAClient pvaClient;
        private PvaNetwork pvaNetwork;
        private Set<String> staff = Set.of();
        private Path visitDirectory;
        private List<Path> spreadsheetRoots = List.of();
        private ProtocolRegistry protocols;
        private Clock clock;
        private boolean connectDevices = true;
        private Duration deviceConnectTimeout;
        private Duration instanceCheckTimeout;
        private Duration abortBudget;

        private Builder(StoreConnection store, BeamlineProfile profile) {
            this.store = store;
            this.profile = profile;
        }

        public Builder beamlineId(String v) { beamlineId = v; return this; }

        public Builder commPrefix(String v) { commPrefix = v; return this; }

        public Builder pvaClient(PVAClient v) { pvaClient = v; return this; }

        public Builder pvaNetwork(PvaNetwork v) { pvaNetwork = v; return this; }

        public Builder staff(Set<String> v) { staff = v; return this; }

        public Builder visitDirectory(Path v) { visitDirectory = v; return this; }

        public Builder spreadsheetRoots(List<Path> v) { spreadsheetRoots = v; return this; }

        public Builder protocols(ProtocolRegistry v) { protocols = v; return this; }

        public Builder clock(Clock v) { clock = v; return this; }

        public Builder connectDevices(boolean v) { connectDevices = v; return this; }

        public Builder deviceConnectTimeout(Duration v) { deviceConnectTimeout = v; return this; }

        public Builder instanceCheckTimeout(Duration v) { instanceCheckTimeout = v; return this; }

        public Builder abortBudget(Duration v) { abortBudget = v; return this; }

        public DaqServerConfig build() {
            return new DaqServerConfig(store, profile, beamlineId, commPrefix, pvaClient, pvaNetwork, staff, visitDirectory,
                    spreadsheetRoots, protocols, clock, connectDevices, deviceConnectTimeout, instanceCheckTimeout, abortBudget);
        }
    }
}
