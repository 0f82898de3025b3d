package org.lsdcfx.gui.model;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sample camera's picture for the sample view: polls a {@link CameraReader} every {@code period} on a thread of
 * its own ("gui-camera"; not the store's job runner, so a slow camera never delays store work and the reverse) and
 * hands each new frame to the FX thread through the {@link FxThrottle} (one key: a frame that arrives before the
 * previous one was shown replaces it). The frame counter keeps unchanged frames off the wire. A failed read shows as
 * {@link #problemProperty()} and is retried at the next poll.
 *
 * <p>Properties are changed on the FX thread only.
 */
public final class CameraFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(CameraFeed.class);

    private final String camera;
    private final CameraReader reader;
    private final FxThrottle throttle;
    private final Duration period;
    private final ReadOnlyObjectWrapper<CameraFrame> frame = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final Object frameKey = new Object();
    private final Object problemKey = new Object();
    private ScheduledExecutorService poller;  // guarded by this
    private long lastCounter = Long.MIN_VALUE; // camera thread only
    private String lastProblem = "";           // camera thread only

    /** @param camera the profile's camera key, for messages */
    public CameraFeed(String camera, CameraReader reader, FxThrottle throttle, Duration period) {
        this.camera = camera;
        this.reader = reader;
        this.throttle = throttle;
        this.period = period;
    }

    /** Starts polling; any thread; a second call does nothing. */
    public synchronized void start() {
        if (poller != null) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gui-camera");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void poll() {
        String now;
        try {
            var next = reader.readIfNewer(lastCounter);
            if (next.isPresent()) {
                CameraFrame f = next.get();
                lastCounter = f.counter();
                throttle.submit(frameKey, () -> frame.set(f));
            }
            now = "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            now = "no image from the " + camera + " camera: " + (e.getMessage() == null ? e.toString() : e.getMessage());
            lastCounter = Long.MIN_VALUE; // read the whole frame again once it is back
        }
        if (!now.equals(lastProblem)) {
            if (!now.isEmpty()) {
                log.warn("{}", now);
            }
            lastProblem = now;
            String p = now;
            throttle.submit(problemKey, () -> problem.set(p));
        }
    }

    public String camera() {
        return camera;
    }

    /** The newest frame shown (null before the first). */
    public ReadOnlyObjectProperty<CameraFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** Why there is no (new) image; "" while the camera reads fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    @Override
    public synchronized void close() {
        if (poller != null) {
            poller.shutdownNow();
            try {
                poller.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        reader.close();
    }
}
