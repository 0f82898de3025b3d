package org.lsdcfx.sim.detector;

import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.mxtools.profile.DetectorSpec;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

/**
 * Draws the simulated detector's frames off the simulator thread: synthesising a real-size frame takes a large
 * fraction of a second, which must not stall the motors' and PVs' simulation. One daemon thread draws frames in the
 * order they were submitted; the detector writes them when they are ready. Thread-safe.
 */
public final class FrameFactory implements AutoCloseable {
    private final FrameSize size;
    private final DetectorSpec detector;
    private final long seed;
    private final DoubleSupplier distanceMm;
    private final DoubleSupplier energyEv;
    private final ExecutorService drawing;

    /**
     * @param size       frame size
     * @param detector   the profile's detector (pixel pitch, full size)
     * @param seed       seed of all frames' noise and spots (reproducible runs)
     * @param distanceMm where the detector really is (the distance motor), read when a series is armed
     * @param energyEv   the real photon energy (the monochromator), read when a series is armed
     * @param name       thread name
     */
    public FrameFactory(FrameSize size, DetectorSpec detector, long seed, DoubleSupplier distanceMm,
                        DoubleSupplier energyEv, String name) {
        this.size = size;
        this.detector = detector;
        this.seed = seed;
        this.distanceMm = distanceMm;
        this.energyEv = energyEv;
        this.drawing = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public FrameSize size() {
        return size;
    }

    /** The frames' geometry as a header with this distance and energy describes it. */
    public DetectorGeometry geometry(double distanceMm, double energyEv) {
        return DetectorGeometries.forFrame(detector, size.width(), size.height(), distanceMm, energyEv);
    }

    /** The physics of a series starting now: the real distance and energy (read on the caller's thread). */
    public DiffractionModel modelForSeries() {
        return new DiffractionModel(geometry(distanceMm.getAsDouble(), energyEv.getAsDouble()));
    }

    /** Draws frame {@code number} of series {@code series} under {@code light}, labelled with header omega. */
    public Future<DetectorFrame> submit(DiffractionModel model, int series, int number, double omega,
                                        Illumination light) {
        long frameSeed = seed * 1_000_003L + series * 100_019L + number;
        return drawing.submit(() -> new DetectorFrame(number, omega, model.draw(light, frameSeed).frame()));
    }

    @Override
    public void close() {
        drawing.shutdownNow();
        try {
            drawing.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
