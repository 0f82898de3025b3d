package org.lsdcfx.daq.routine;

import org.lsdcfx.amostra.QueueEntry;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.amostra.SampleLocation;

/**
 * The request a routine runs, as read from the store when the queue picked it (status already "running").
 *
 * @param request  the Amostra request
 * @param sample   its sample
 * @param location where the sample sits in the dewar
 */
public record RoutineRequest(Request request, Sample sample, SampleLocation location) {
    public static RoutineRequest of(QueueEntry entry) {
        return new RoutineRequest(entry.request(), entry.sample(), entry.location());
    }

    public String uid() {
        return request.uid();
    }

    public String protocol() {
        return request.requestObj().protocol();
    }

    public RequestObj requestObj() {
        return request.requestObj();
    }
}
