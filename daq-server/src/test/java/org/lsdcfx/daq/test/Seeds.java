package org.lsdcfx.daq.test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Container;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.NewSample;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.conftrak.model.MountedSample;
import org.lsdcfx.store.StoreConnection;

/**
 * Test data written through the real store clients: the primary dewar (conftrak's default name) with one puck of
 * samples in slot 1, and requests on them whose basePath is the visit directory.
 */
public final class Seeds {
    public static final String OWNER = "testuser";
    public static final int PROPOSAL = 314159;

    private final Amostra amostra;
    private final Conftrak conftrak;
    private final Path visit;
    private final List<Sample> samples = new ArrayList<>();
    private Container puck;

    public Seeds(StoreConnection store, String beamlineId, Path visit) {
        this.amostra = new Amostra(store, Clock.systemUTC());
        this.conftrak = new Conftrak(store, Clock.systemUTC(), beamlineId);
        this.visit = visit;
    }

    public Amostra amostra() {
        return amostra;
    }

    public Conftrak conftrak() {
        return conftrak;
    }

    /** A dewar named as conftrak's primaryDewarName with one puck in slot 1 holding {@code count} samples. */
    public Seeds dewarWithSamples(int count) {
        Container dewar = amostra.containers().createDewar(conftrak.get(SampleHandlingKeys.PRIMARY_DEWAR_NAME), OWNER);
        puck = amostra.containers().createPuck("PUCK-A", OWNER);
        amostra.containers().insert(dewar.uid(), 1, puck.uid(), OWNER);
        for (int i = 1; i <= count; i++) {
            Sample s = amostra.samples().create(new NewSample("xtal-" + i, OWNER, PROPOSAL), OWNER);
            amostra.containers().insert(puck.uid(), i, s.uid(), OWNER);
            samples.add(s);
        }
        return this;
    }

    public Sample sample(int index) {
        return samples.get(index);
    }

    /** A queued request of {@code protocol} on sample {@code index} at {@code priority}. */
    public Request request(int index, String protocol, int priority) {
        Sample s = samples.get(index);
        RequestObj obj = RequestObj.builder().protocol(protocol)
                .files(visit.toString(), "mx" + PROPOSAL + "-1", s.name(), 1, puck.name(), index + 1).build();
        return amostra.requests().create(new NewRequest(s.uid(), OWNER, PROPOSAL, priority, obj), OWNER);
    }

    public Request request(int index, String protocol) {
        return request(index, protocol, Priority.DEFAULT_QUEUED);
    }

    /** Records sample {@code index} as mounted (as after a mount), without the robot. */
    public Seeds mounted(int index) {
        conftrak.setMountedSample(new MountedSample(0, index, samples.get(index).uid()), OWNER);
        return this;
    }

    public Request reload(Request r) {
        return amostra.requests().get(r.uid());
    }
}
