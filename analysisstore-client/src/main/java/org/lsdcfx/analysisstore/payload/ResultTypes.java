package org.lsdcfx.analysisstore.payload;

import java.util.List;
import java.util.Optional;

/** The result types LSDC-FX writes and reads typed. Any other {@code result_type} is stored and read raw. */
public final class ResultTypes {
    private ResultTypes() {
    }

    public static final PayloadType<RasterResult> RASTER_RESULT =
            new PayloadType<>("rasterResult", RasterResult::fromDocument);
    public static final PayloadType<SnapshotResult> RASTER_JPEG =
            new PayloadType<>("rasterJpeg", SnapshotResult::fromDocument);
    public static final PayloadType<SnapshotResult> SNAPSHOT_RESULT =
            new PayloadType<>("snapshotResult", SnapshotResult::fromDocument);
    public static final PayloadType<MxExpParams> MX_EXP_PARAMS =
            new PayloadType<>("mxExpParams", MxExpParams::fromDocument);
    public static final PayloadType<EScanResult> E_SCAN_RESULT =
            new PayloadType<>("eScanResult", EScanResult::fromDocument);
    public static final PayloadType<ChoochResult> CHOOCH_RESULT =
            new PayloadType<>("choochResult", ChoochResult::fromDocument);
    public static final PayloadType<XrfSpectrumResult> XRF_SPECTRUM =
            new PayloadType<>("xrfSpectrum", XrfSpectrumResult::fromDocument);
    public static final PayloadType<CharacterizationStrategy> CHARACTERIZATION_STRATEGY =
            new PayloadType<>("characterizationStrategy", CharacterizationStrategy::fromDocument);
    public static final PayloadType<ProcessingSummary> FAST_DP =
            new PayloadType<>("fastDP", ProcessingSummary::fromDocument);
    public static final PayloadType<ProcessingSummary> PROCESSING =
            new PayloadType<>("processing", ProcessingSummary::fromDocument);

    public static List<PayloadType<?>> all() {
        return List.of(RASTER_RESULT, RASTER_JPEG, SNAPSHOT_RESULT, MX_EXP_PARAMS, E_SCAN_RESULT, CHOOCH_RESULT, XRF_SPECTRUM,
                CHARACTERIZATION_STRATEGY, FAST_DP, PROCESSING);
    }

    public static Optional<PayloadType<?>> byName(String resultType) {
        return all().stream().filter(t -> t.resultType().equals(resultType)).findFirst();
    }
}
