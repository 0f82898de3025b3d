package org.lsdcfx.daq.routine.raster;

import java.io.IOException;
import java.time.Duration;

import org.lsdcfx.daq.routine.raster.files.RowFrames;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.detector.Detector;

/**
 * When a live raster's frames are on disk: row r's data file is closed once the detector has written the first frame
 * of the next slot (both writers close a data file before starting the next), the last row's when the detector is
 * idle; a self-contained master only when the detector is idle. Bounded by the series' length plus 20 s.
 */
final class DetectorReadiness implements RowFrames.Readiness {
    private final Detector detector;
    private final FlightPlan plan;
    private final int rows;
    private final Duration wait;

    DetectorReadiness(Detector detector, FlightPlan plan, int rows) {
        this.detector = detector;
        this.plan = plan;
        this.rows = rows;
        this.wait = Duration.ofMillis((long) (plan.images() * plan.period() * 1000) + 20_000);
    }

    @Override
    public void rowWritten(int row) throws IOException {
        try {
            if (row == rows - 1) {
                detector.awaitIdle(wait);
            } else {
                detector.awaitFrames((long) (row + 1) * plan.slot() + 1, wait);
            }
        } catch (DeviceException e) {
            throw new IOException("row " + (row + 1) + " was not written: " + e.getMessage(), e);
        }
    }

    @Override
    public void seriesClosed() throws IOException {
        try {
            detector.awaitIdle(wait);
        } catch (DeviceException e) {
            throw new IOException("the raster series did not close: " + e.getMessage(), e);
        }
    }
}
