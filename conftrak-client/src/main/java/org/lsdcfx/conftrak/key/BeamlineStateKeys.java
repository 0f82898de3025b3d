package org.lsdcfx.conftrak.key;

import static org.lsdcfx.conftrak.key.ConfigKey.structured;

import java.util.List;
import org.lsdcfx.conftrak.model.MountedSample;
import org.lsdcfx.conftrak.model.RasterScoreType;

/**
 * LSDC's structured {@code beamlineInfo} documents (LSDC-REFERENCE §5.2 "beamlineInfo docs"): state the server
 * and GUI share through conftrak, stored with their own {@code info} shapes instead of {@code {"val": ...}}.
 */
public final class BeamlineStateKeys {
    private BeamlineStateKeys() {
    }

    public static final ConfigKey<MountedSample> MOUNTED_SAMPLE = structured("mountedSample",
            StructuredTypes.MOUNTED_SAMPLE, MountedSample.NONE,
            "Sample on the goniometer: {puckPos, pinPos, sampleID}; sampleID empty = nothing mounted");
    public static final ConfigKey<RasterScoreType> RASTER_SCORE_FLAG = structured("rasterScoreFlag",
            StructuredTypes.RASTER_SCORE, RasterScoreType.SPOT_COUNT,
            "Raster heat-map score: {index} 0 spot count, 1 resolution, 2 intensity");
    public static final ConfigKey<String> CURRENT_SAMPLE_ID = structured("currentSampleID",
            StructuredTypes.CURRENT_SAMPLE, "", "Sample of the request being (or last) collected: {sampleID}");
    public static final ConfigKey<String> CURRENT_REQUEST_ID = structured("currentRequestID",
            StructuredTypes.CURRENT_REQUEST, "", "Request being (or last) collected: {requestID}");

    public static List<ConfigKey<?>> all() {
        return List.of(MOUNTED_SAMPLE, RASTER_SCORE_FLAG, CURRENT_SAMPLE_ID, CURRENT_REQUEST_ID);
    }
}
