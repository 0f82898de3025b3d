package org.lsdcfx.daq.routine.center;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * LSDC's {@code sample_detection} record under its field names: what optical centring found. Kept on the request
 * ({@code request_obj.sample_detection}) so staff and later routines see it. Sizes µm, positions motor units, omega
 * degrees.
 */
record SampleDetection(boolean sampleDetected, double largeBoxWidth, double largeBoxHeight, double smallBoxHeight,
                       double centerX, double centerY, double centerZ, double faceOnOmega) {
    /** request_obj key (LSDC's name). */
    static final String KEY = "sample_detection";

    static SampleDetection of(LoopBox box) {
        return new SampleDetection(true, box.widthUm(), box.faceOnHeightUm(), box.sideHeightUm(), box.x(), box.y(),
                box.z(), box.faceOnOmega());
    }

    Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sample_detected", sampleDetected);
        m.put("large_box_width", round(largeBoxWidth));
        m.put("large_box_height", round(largeBoxHeight));
        m.put("small_box_height", round(smallBoxHeight));
        m.put("center_x", round(centerX));
        m.put("center_y", round(centerY));
        m.put("center_z", round(centerZ));
        m.put("face_on_omega", round(faceOnOmega));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
