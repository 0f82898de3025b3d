package org.lsdcfx.daq.comm;

import org.lsdcfx.daq.command.CommandJson;

/**
 * Who serves a comm prefix, published as JSON on {@code server_info} so that a second server (or a GUI) can say
 * which one is running.
 *
 * @param prefix    the comm prefix
 * @param host      host name of the server machine
 * @param pid       process id
 * @param user      OS user running the server
 * @param startTime ISO-8601 instant the server started
 * @param beamline  beamline name (profile)
 * @param version   LSDC-FX version
 */
public record ServerInfo(String prefix, String host, long pid, String user, String startTime, String beamline, String version) {
    public String toJson() {
        return CommandJson.write(this);
    }

    public static ServerInfo fromJson(String json) {
        return CommandJson.read(json, ServerInfo.class);
    }

    /** One sentence naming the server, e.g. "host ws1, pid 1234, started 2025-01-01T10:00:00Z by lsdc". */
    public String describe() {
        return "host " + host + ", pid " + pid + ", started " + startTime + " by " + user
                + (beamline == null || beamline.isEmpty() ? "" : ", beamline " + beamline);
    }
}
