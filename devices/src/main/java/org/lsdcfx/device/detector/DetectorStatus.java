package org.lsdcfx.device.detector;

/**
 * A snapshot of the detector.
 *
 * @param state         current state
 * @param framesWritten frames of the current (or last) series written to files so far
 * @param message       the detector's status message (empty when fine)
 */
public record DetectorStatus(DetectorState state, long framesWritten, String message) {
}
