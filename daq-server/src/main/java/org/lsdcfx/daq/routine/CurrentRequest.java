package org.lsdcfx.daq.routine;

import org.lsdcfx.daq.command.CommandJson;

/**
 * The running request as published on {@code current_request} (JSON).
 *
 * @param uid        request uid
 * @param sample     sample uid
 * @param sampleName sample name
 * @param protocol   protocol name
 * @param percent    progress, 0 to 100
 * @param step       what is happening now
 * @param startTime  epoch seconds the routine started
 */
public record CurrentRequest(String uid, String sample, String sampleName, String protocol, double percent, String step,
                             double startTime) {
    public String toJson() {
        return CommandJson.write(this);
    }

    public static CurrentRequest fromJson(String json) {
        return CommandJson.read(json, CurrentRequest.class);
    }
}
