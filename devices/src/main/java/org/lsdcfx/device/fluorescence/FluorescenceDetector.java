package org.lsdcfx.device.fluorescence;

import java.time.Duration;

/** The fluorescence detector (Mercury MCA) used for energy scans. Thread-safe. */
public interface FluorescenceDetector {

    /** Sets the ROI channels ({@code mcaRoiLo/Hi}). */
    void setRoi(McaRoi roi, Duration timeout);

    McaRoi roi();

    /**
     * Acquires for {@code seconds} (preset real time) and returns ROI counts and the full spectrum.
     *
     * @throws org.lsdcfx.device.DeviceException {@code REFUSED} if seconds is not &gt; 0; {@code TIMEOUT} if the
     *                                           acquisition does not finish within {@code timeout}
     */
    FluorescenceReading acquire(double seconds, Duration timeout);

    /** The last spectrum, counts per channel. */
    double[] spectrum();
}
