package org.lsdcfx.launcher;

import java.nio.file.Path;
import java.util.Map;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestObjBuilder;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.amostra.SampleLocation;
import org.lsdcfx.daq.routine.raster.RasterDefiner;

/**
 * Small, quick demo requests, one shape per protocol (short sweeps so the demo ends in seconds), centred on the
 * simulated beamline's demo crystal (beamline-sim: 60 µm at x 30, y 20, z −10 µm).
 */
final class DemoRequests {
    private static final double CRYSTAL_X_UM = 30;
    private static final double CRYSTAL_Y_UM = 20;
    private static final double CRYSTAL_Z_UM = -10;

    private DemoRequests() {
    }

    static RequestObj forProtocol(String protocol, RequestObjBuilder b, Sample sample, SampleLocation where, Path visit) {
        b.protocol(protocol).energy(12660).detDist(300).attenuation(0.1).exposureTime(0.01)
                .files(visit.toString(), "demo", sample.name(), 1, where.puckName(), where.pin())
                // A saved centre on the crystal: no centring step needed.
                .set("pos_x", CRYSTAL_X_UM).set("pos_y", CRYSTAL_Y_UM).set("pos_z", CRYSTAL_Z_UM).centeringOption("Testing");
        switch (protocol) {
            case "vector" -> b.sweep(0, 20).imgWidth(0.2).set("vectorParams", Map.of(
                    "vecStart", point(CRYSTAL_X_UM - 15), "vecEnd", point(CRYSTAL_X_UM + 15), "fpp", 1));
            case "characterize" -> b.sweep(0, 1).imgWidth(0.2);
            case "eScan" -> b.exposureTime(0.1).set("element", "Se").set("edge", "K").set("steps", 41).set("stepsize", 1.0);
            case "xrfSpectrum" -> b.energy(13500).exposureTime(1);
            // 7 x 5 cells of 20 um around the crystal (LSDC rasterDef); multiCol: children only for strong cells
            case "raster", "multiCol" -> b.sweep(0, 0.1).set("rasterDef", new RasterDefiner(6).define(140, 100, 20,
                    new double[] {CRYSTAL_X_UM, CRYSTAL_Y_UM, CRYSTAL_Z_UM, 0}, false).toMap()).set("diffCutoff", 40);
            default -> b.sweep(0, 10).imgWidth(0.1);
        }
        return b.build();
    }

    /** A point along the crystal (x is the rotation axis). */
    private static Map<String, Object> point(double x) {
        return Map.of("x", x, "y", CRYSTAL_Y_UM, "z", CRYSTAL_Z_UM);
    }
}
