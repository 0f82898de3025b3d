package org.lsdcfx.sim.support;

import org.lsdcfx.sim.detector.DetectorFrame;
import org.lsdcfx.sim.detector.FrameSink;
import org.lsdcfx.sim.detector.SeriesSpec;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A frame sink that passes everything to a real sink and keeps each series' frames in memory by file-name prefix,
 * so a test can compare the files with the frames the detector produced. Thread-safe (written on the simulator
 * thread, read by the test).
 */
public final class RecordingFrameSink implements FrameSink {
    private final FrameSink delegate;
    private final Map<String, List<DetectorFrame>> frames = new ConcurrentHashMap<>();

    public RecordingFrameSink(FrameSink delegate) {
        this.delegate = delegate;
    }

    /** The frames written for file-name prefix {@code prefix} so far (empty if none). */
    public List<DetectorFrame> frames(String prefix) {
        return List.copyOf(frames.getOrDefault(prefix, List.of()));
    }

    @Override
    public String describe() {
        return "recording " + delegate.describe();
    }

    @Override
    public SeriesWriter open(SeriesSpec series) throws IOException {
        SeriesWriter real = delegate.open(series);
        List<DetectorFrame> kept = new CopyOnWriteArrayList<>();
        frames.put(series.prefix(), kept);
        return new SeriesWriter() {
            @Override
            public void write(DetectorFrame frame) throws IOException {
                real.write(frame);
                kept.add(frame);
            }

            @Override
            public void complete(int framesWritten) throws IOException {
                real.complete(framesWritten);
            }

            @Override
            public void abort(int framesWritten, String reason) throws IOException {
                real.abort(framesWritten, reason);
            }
        };
    }
}
