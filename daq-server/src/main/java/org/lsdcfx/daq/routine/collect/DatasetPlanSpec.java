package org.lsdcfx.daq.routine.collect;

import java.nio.file.Path;
import org.lsdcfx.daq.dataset.DatasetService;
import org.lsdcfx.datafiles.nxmx.MasterSupplement;
import org.lsdcfx.datafiles.nxmx.Vector3;

/**
 * One dataset to collect into one master file: {@code <directory>/<prefix>_<sequence>_master.h5}, {@code frames}
 * frames from omega {@code omegaStart} in steps of {@code width} (0: stills), one every {@code period} seconds.
 *
 * @param directory     the dataset's directory (claimed by the layout)
 * @param prefix        file prefix ({@code lyso}, {@code ref-lyso})
 * @param sequence      LSDC file number
 * @param frames        frames in the dataset
 * @param omegaStart    omega of frame 0, deg
 * @param width         omega per frame, deg
 * @param period        s per frame
 * @param framesPerFile frames per data file
 * @param vector        sample path of a vector collection, or null
 */
public record DatasetPlanSpec(Path directory, String prefix, int sequence, int frames, double omegaStart, double width,
                              double period, int framesPerFile, VectorPath vector) {
    public Path masterFile() {
        return DatasetService.masterFile(directory, prefix, sequence);
    }

    public String seriesName() {
        return DatasetService.seriesName(prefix, sequence);
    }

    public double omega(int frame) {
        return omegaStart + frame * width;
    }

    public double exposure() {
        return period - CollectionPlan.DEAD_TIME_S;
    }

    /** The per-frame sample positions for the master of a vector collection, or null. */
    public MasterSupplement.SamplePositions positions(String unit) {
        if (vector == null) {
            return null;
        }
        double[] x = new double[frames];
        double[] y = new double[frames];
        double[] z = new double[frames];
        for (int i = 0; i < frames; i++) {
            Vector3 p = vector.at(i, frames);
            x[i] = p.x();
            y[i] = p.y();
            z[i] = p.z();
        }
        return new MasterSupplement.SamplePositions(x, y, z, unit);
    }
}
