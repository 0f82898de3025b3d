package org.lsdcfx.processing;

import java.nio.file.Path;

/**
 * A dataset that has just been written, as the daq server describes it to {@link ProcessingService}.
 *
 * @param requestUid          the LSDC request uid (for the result document)
 * @param sampleUid           the sample uid (for the result document)
 * @param protocol            LSDC {@code request_obj.protocol}: standard, vector, stepVector, raster, ...
 * @param masterFile          the NXmx master file
 * @param visitDirectory      the visit directory; processing output must stay inside it
 * @param imageWidth          degrees per frame (LSDC {@code img_width}; 0 for stills)
 * @param frameCount          frames written
 * @param processingRequested LSDC {@code request_obj.fastDP}
 */
public record CompletedDataset(String requestUid, String sampleUid, String protocol, Path masterFile, Path visitDirectory,
                               double imageWidth, int frameCount, boolean processingRequested) {
    /** The rotation range covered, degrees. */
    public double sweepDegrees() {
        return imageWidth * frameCount;
    }
}
