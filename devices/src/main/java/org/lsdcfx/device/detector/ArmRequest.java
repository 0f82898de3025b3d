package org.lsdcfx.device.detector;

import java.util.regex.Pattern;

/**
 * What to acquire in one detector series (Eiger "internal series" trigger mode: arm, then one trigger starts
 * {@code images} frames at {@code period}).
 *
 * @param images             frames in the series, at least 1
 * @param exposureTime       seconds per frame, &gt; 0 (LSDC uses period − 10 µs)
 * @param period             seconds between frame starts, &ge; exposureTime
 * @param filePrefix         file-name prefix (letters, digits, {@code _ - .}); files are
 *                           {@code <prefix>_master.*} and {@code <prefix>_data_NNNNNN.*}
 * @param directory          absolute directory as the detector's file writer sees it
 * @param framesPerFile      frames per data file; 0 means the profile's {@code detector.framesPerDataFile}
 * @param photonEnergyEv     photon energy written into the header, eV (NaN = leave unchanged)
 * @param detectorDistanceMm detector distance for the header, mm (NaN = leave unchanged)
 * @param omegaStart         omega of the first frame, deg (header only)
 * @param omegaIncrement     omega step per frame, deg (header only; 0 for stills)
 */
public record ArmRequest(int images, double exposureTime, double period, String filePrefix, String directory,
                         int framesPerFile, double photonEnergyEv, double detectorDistanceMm, double omegaStart,
                         double omegaIncrement) {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_.\\-]+");

    public ArmRequest {
        if (images < 1) {
            throw new IllegalArgumentException("images must be >= 1, was " + images);
        }
        if (!(exposureTime > 0) || Double.isInfinite(exposureTime)) {
            throw new IllegalArgumentException("exposureTime must be > 0 s, was " + exposureTime);
        }
        if (!(period >= exposureTime) || Double.isInfinite(period)) {
            throw new IllegalArgumentException("period (" + period + " s) must be >= exposureTime (" + exposureTime
                    + " s)");
        }
        if (filePrefix == null || !PREFIX.matcher(filePrefix).matches() || filePrefix.startsWith(".")) {
            throw new IllegalArgumentException("filePrefix '" + filePrefix
                    + "' must be letters, digits, _ - . and not start with '.'");
        }
        if (directory == null || !directory.startsWith("/")) {
            throw new IllegalArgumentException("directory '" + directory + "' must be an absolute path");
        }
        if (framesPerFile < 0) {
            throw new IllegalArgumentException("framesPerFile must be >= 0, was " + framesPerFile);
        }
    }

    /** A series with no header metadata and the profile's frames per file. */
    public static ArmRequest of(int images, double exposureTime, double period, String filePrefix,
                                String directory) {
        return new ArmRequest(images, exposureTime, period, filePrefix, directory, 0, Double.NaN, Double.NaN, 0, 0);
    }

    /** This request with header metadata filled in. */
    public ArmRequest withGeometry(double photonEnergyEv, double detectorDistanceMm, double omegaStart,
                                   double omegaIncrement) {
        return new ArmRequest(images, exposureTime, period, filePrefix, directory, framesPerFile, photonEnergyEv,
                detectorDistanceMm, omegaStart, omegaIncrement);
    }

    /** This request with an explicit number of frames per data file. */
    public ArmRequest withFramesPerFile(int frames) {
        return new ArmRequest(images, exposureTime, period, filePrefix, directory, frames, photonEnergyEv,
                detectorDistanceMm, omegaStart, omegaIncrement);
    }
}
