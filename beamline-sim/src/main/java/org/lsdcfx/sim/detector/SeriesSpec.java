package org.lsdcfx.sim.detector;

import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.mxtools.profile.DetectorSpec;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One armed detector series, as the file writer needs it: the series parameters written to the detector's
 * {@code cam1:} PVs (the header) and the frames' size and geometry.
 *
 * @param directory          absolute directory for the files
 * @param prefix             file-name prefix ({@code cam1:FWNamePattern})
 * @param images             frames in the series
 * @param framesPerFile      frames per data file
 * @param exposureTime       s ({@code count_time})
 * @param period             s ({@code frame_time})
 * @param photonEnergyEv     eV
 * @param detectorDistanceMm mm
 * @param omegaStart         deg
 * @param omegaIncrement     deg per frame
 * @param detector           the detector's static facts
 * @param geometry           the frames as the header describes them: size, pixel pitch, beam centre, module gaps,
 *                           distance and wavelength from the two header values above
 * @param armedAt            when the series was armed
 */
public record SeriesSpec(Path directory, String prefix, int images, int framesPerFile, double exposureTime,
                         double period, double photonEnergyEv, double detectorDistanceMm, double omegaStart,
                         double omegaIncrement, DetectorSpec detector, DetectorGeometry geometry, Instant armedAt) {
}
