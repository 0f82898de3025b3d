package org.lsdcfx.daq.autoraster;

import java.io.IOException;

import org.lsdcfx.sim.detector.FrameSink;
import org.lsdcfx.sim.detector.FrameSinks;
import org.lsdcfx.sim.detector.SeriesSpec;

/**
 * The simulated detector's writer for tests that raster and collect on one sample: raster series
 * ({@code <prefix>_Raster_<n>}) go to the binary sink, which the raster protocol reads back (its {@code FrameIO} has
 * no HDF5 reader), everything else to NXmx as the collection routines need. Thread-safe like the two sinks.
 */
final class RoutedFrameSink implements FrameSink {
    private final FrameSink binary = FrameSinks.binary();
    private final FrameSink nxmx = FrameSinks.nxmx();

    @Override
    public SeriesWriter open(SeriesSpec series) throws IOException {
        return (series.prefix().contains("_Raster_") ? binary : nxmx).open(series);
    }

    @Override
    public String describe() {
        return "rasters: " + binary.describe() + ", datasets: " + nxmx.describe();
    }
}
