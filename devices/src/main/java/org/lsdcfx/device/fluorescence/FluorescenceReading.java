package org.lsdcfx.device.fluorescence;

/**
 * The result of one fluorescence acquisition.
 *
 * @param seconds   acquisition (preset real) time, s
 * @param roi       the ROI the counts were summed over
 * @param roiCounts counts in the ROI
 * @param spectrum  counts per MCA channel (the array is owned by the caller)
 */
public record FluorescenceReading(double seconds, McaRoi roi, double roiCounts, double[] spectrum) {
}
