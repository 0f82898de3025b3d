package org.lsdcfx.sim.detector;

import org.lsdcfx.mxtools.profile.DetectorSpec;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One armed detector series, as the file writer needs it.
 *
 * @param directory          absolute directory for the files
 * @param prefix             file-name prefix
 * @param images             frames in the series
 * @param framesPerFile      frames per data file
 * @param exposureTime       s
 * @param period             s
 * @param photonEnergyEv     eV
 * @param detectorDistanceMm mm
 * @param omegaStart         deg
 * @param omegaIncrement     deg per frame
 * @param detector           the detector's static facts
 * @param armedAt            when the series was armed
 */
public record SeriesSpec(Path directory, String prefix, int images, int framesPerFile, double exposureTime,
                         double period, double photonEnergyEv, double detectorDistanceMm, double omegaStart,
                         double omegaIncrement, DetectorSpec detector, Instant armedAt) {
}
