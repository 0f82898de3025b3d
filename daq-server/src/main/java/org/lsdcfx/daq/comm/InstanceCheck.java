package org.lsdcfx.daq.comm;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.lsdcfx.device.pva.SearchRounds;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStructure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for a daq server already serving a comm prefix by reading its {@code server_info} PV over PVA. Costs the
 * full timeout when no server answers (a PVA search cannot prove absence faster).
 */
public final class InstanceCheck {
    private static final Logger log = LoggerFactory.getLogger(InstanceCheck.class);

    private InstanceCheck() {
    }

    /** The running server's info, or empty if none answered within {@code timeout}. */
    public static Optional<ServerInfo> findRunning(PVAClient client, String prefix, Duration timeout) {
        String name = prefix + CommPvNames.SERVER_INFO;
        PVAChannel channel = null;
        try {
            channel = SearchRounds.connect(client, name, null, timeout);
            PVAStructure data = channel.read("").get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            PVAString value = data.get("value");
            String json = value == null ? "" : value.get();
            if (json.isEmpty()) { // a server still starting up: it has created its PVs but not its info yet
                return Optional.of(new ServerInfo(prefix, "unknown", -1, "unknown", "just now", "", ""));
            }
            return Optional.of(ServerInfo.fromJson(json));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            log.warn("Checking for another daq server on {} failed: {}", name, e.toString());
            return Optional.of(new ServerInfo(prefix, "unknown", -1, "unknown", "unknown", "", ""));
        } finally {
            if (channel != null) {
                channel.close();
            }
        }
    }
}
