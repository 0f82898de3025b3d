package org.lsdcfx.daq.routine.raster.files;

import java.nio.file.Path;
import java.util.Locale;

import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;

/**
 * Where a raster's frames are on disk, named as LSDC names them: the series {@code <file_prefix>_Raster_<seq>} in the
 * request's data directory, row r in data file {@code <series>_data_<r+1, 6 digits>.<ext>} (one flight slot per data
 * file), and, for NXmx, the master {@code <series>_master.h5}. Immutable.
 *
 * @param directory     the request's data directory
 * @param series        {@code <file_prefix>_Raster_<file_number_start>}
 * @param extension     data-file extension: {@code h5} (Eiger/NXmx) or {@code bin} (the simulator's binary writer)
 * @param framesPerFile frames per data file (the flight slot: a row's cells and its turnaround frames)
 */
public record RasterFiles(Path directory, String series, String extension, int framesPerFile) {
    public RasterFiles {
        if (directory == null || series == null || series.isBlank() || extension == null || framesPerFile < 1) {
            throw new IllegalArgumentException("raster files need a directory, a series name, an extension and at least "
                    + "one frame per file");
        }
    }

    /** LSDC's raster series name for a request: {@code <file_prefix>_Raster_<file_number_start>}. */
    public static String seriesName(RequestObj obj) {
        return obj.filePrefix() + "_Raster_" + Math.max(1, obj.getInt(RequestKeys.FILE_NUMBER_START, 1));
    }

    /** The data file that holds row {@code row}'s frames (0-based row). */
    public Path rowFile(int row) {
        return directory.resolve(String.format(Locale.ROOT, "%s_data_%06d.%s", series, row + 1, extension));
    }

    /** The NXmx master of the series. */
    public Path master() {
        return directory.resolve(series + "_master.h5");
    }

    public RasterFiles withFramesPerFile(int n) {
        return new RasterFiles(directory, series, extension, n);
    }
}
