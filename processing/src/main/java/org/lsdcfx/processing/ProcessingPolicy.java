package org.lsdcfx.processing;

import java.util.Optional;

/** Whether a dataset qualifies for automatic processing (LSDC 2.13: rotation data, width > 0, sweep ≥ 5°). */
public final class ProcessingPolicy {
    private ProcessingPolicy() {
    }

    /** Empty when the dataset qualifies, else why not. */
    public static Optional<String> skipReason(ProcessingConfig config, CompletedDataset d) {
        if (!config.enabled()) {
            return Optional.of("automatic processing is off");
        }
        if (!d.processingRequested()) {
            return Optional.of("the request did not ask for processing (fastDP off)");
        }
        if (!config.protocols().contains(d.protocol())) {
            return Optional.of("protocol '" + d.protocol() + "' is not processed (only " + config.protocols() + ")");
        }
        if (!(d.imageWidth() > 0)) {
            return Optional.of("stills (image width " + d.imageWidth() + "°) are not processed");
        }
        if (d.frameCount() < 1) {
            return Optional.of("the dataset has no frames");
        }
        if (d.sweepDegrees() < config.minimumSweepDegrees()) {
            return Optional.of(String.format("the sweep of %.2f° is below the %.2f° minimum", d.sweepDegrees(),
                    config.minimumSweepDegrees()));
        }
        return Optional.empty();
    }
}
