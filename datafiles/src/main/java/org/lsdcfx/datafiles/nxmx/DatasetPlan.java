package org.lsdcfx.datafiles.nxmx;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What a dataset's files hold and where they go: {@code <directory>/<filePrefix>_<sequence>_master.h5} and data files
 * {@code <filePrefix>_<sequence>_data_000001.h5}, ... of at most {@code framesPerDataFile} frames each (the Eiger's
 * names). The directory should come from the data layout ({@code org.lsdcfx.datafiles.layout}); the writer creates
 * files in it and never overwrites one.
 *
 * @param directory         existing absolute directory of the dataset
 * @param filePrefix        1..64 characters of {@code [0-9a-zA-Z-_]}, starting with a letter or digit (the layout's
 *                          prefix, possibly extended, e.g. {@code lyso_Raster})
 * @param sequence          LSDC {@code file_number_start}, 1..99999
 * @param geometry          frame size and pixel type
 * @param frameCount        frames planned
 * @param framesPerDataFile frames per data file (the Eiger's {@code nimages_per_file})
 * @param scan              omega (and vector) positions per frame
 * @param compression       compression of the frame data
 */
public record DatasetPlan(Path directory, String filePrefix, int sequence, FrameGeometry geometry, int frameCount,
                          int framesPerDataFile, GoniometerScan scan, Compression compression) {
    /** The Eiger's default {@code nimages_per_file}. */
    public static final int EIGER_FRAMES_PER_DATA_FILE = 1000;
    private static final Pattern FILE_PREFIX = Pattern.compile("[0-9a-zA-Z][0-9a-zA-Z_-]{0,63}");

    public DatasetPlan {
        if (directory == null || !directory.isAbsolute()) {
            throw new NxmxException("the dataset directory must be an absolute path, got " + directory);
        }
        if (filePrefix == null || !FILE_PREFIX.matcher(filePrefix).matches()) {
            throw new NxmxException("the file prefix '" + filePrefix
                    + "' is not 1..64 characters of 0-9 a-z A-Z - _ starting with a letter or digit");
        }
        if (sequence < 1 || sequence > 99_999) {
            throw new NxmxException("the file sequence number must be 1..99999, got " + sequence);
        }
        if (geometry == null || scan == null || compression == null) {
            throw new NxmxException("a dataset plan needs its frame geometry, goniometer scan and compression");
        }
        if (frameCount < 1) {
            throw new NxmxException("a dataset needs at least one frame, got " + frameCount);
        }
        if (framesPerDataFile < 1) {
            throw new NxmxException("frames per data file must be at least 1, got " + framesPerDataFile);
        }
    }

    /** {@code <filePrefix>_<sequence>}. */
    public String baseName() {
        return filePrefix + "_" + sequence;
    }

    public String masterFileName() {
        return baseName() + "_master.h5";
    }

    public Path masterFile() {
        return directory.resolve(masterFileName());
    }

    /** Name of data file {@code index} (1-based): {@code <base>_data_000001.h5}. */
    public String dataFileName(int index) {
        return baseName() + "_data_" + sixDigits(index) + ".h5";
    }

    /** Name of the master's external link to data file {@code index}: {@code data_000001}. */
    public static String dataLinkName(int index) {
        return "data_" + sixDigits(index);
    }

    private static String sixDigits(int index) {
        if (index < 1 || index > 999_999) {
            throw new NxmxException("data file index " + index + " is outside 1..999999");
        }
        return String.format("%06d", index);
    }
}
