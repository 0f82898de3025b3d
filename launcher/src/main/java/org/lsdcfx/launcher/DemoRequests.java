package org.lsdcfx.launcher;

import java.nio.file.Path;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestObjBuilder;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.amostra.SampleLocation;

/** Small, quick demo requests, one shape per protocol (short sweeps so the demo ends in seconds). */
final class DemoRequests {
    private DemoRequests() {
    }

    static RequestObj forProtocol(String protocol, RequestObjBuilder b, Sample sample, SampleLocation where, Path visit) {
        b.protocol(protocol).energy(12660).detDist(300).attenuation(0.1).exposureTime(0.01)
                .files(visit.toString(), "demo", sample.name(), 1, where.puckName(), where.pin())
                // A saved centre on the rotation axis, where the simulated crystal sits: no centring step needed.
                .set("pos_x", 0.0).set("pos_y", 0.0).set("pos_z", 0.0).centeringOption("Testing");
        switch (protocol) {
            case "vector" -> b.sweep(0, 20).imgWidth(0.2);
            case "characterize" -> b.sweep(0, 1).imgWidth(0.2);
            default -> b.sweep(0, 10).imgWidth(0.1);
        }
        return b.build();
    }
}
