package org.lsdcfx.gui.model;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVAByteArray;
import org.epics.pva.data.PVAData;
import org.epics.pva.data.PVANumber;
import org.epics.pva.data.PVAStructure;

/**
 * {@link CameraReader} over areaDetector-style PVs under a camera prefix: {@code cam1:ArrayCounter_RBV} first (small),
 * and only when it changed {@code cam1:ArraySizeX_RBV}, {@code cam1:ArraySizeY_RBV} and {@code image1:ArrayData}
 * (8-bit grey, row-major). Reads, not monitors: a frame is ~300 kB and the GUI wants a few per second at most, and
 * the GUI's {@link PvSource} hands arrays on as text. Channels connect lazily and reconnect on their own.
 */
public final class CameraPvaReader implements CameraReader {
    public static final String ARRAY_DATA = "image1:ArrayData";
    public static final String SIZE_X = "cam1:ArraySizeX_RBV";
    public static final String SIZE_Y = "cam1:ArraySizeY_RBV";
    public static final String COUNTER = "cam1:ArrayCounter_RBV";

    private final PVAChannel data;
    private final PVAChannel sizeX;
    private final PVAChannel sizeY;
    private final PVAChannel counter;
    private final Duration timeout;

    /** @param client not closed by this reader */
    public CameraPvaReader(PVAClient client, String pvPrefix, Duration timeout) {
        this.data = client.getChannel(pvPrefix + ARRAY_DATA);
        this.sizeX = client.getChannel(pvPrefix + SIZE_X);
        this.sizeY = client.getChannel(pvPrefix + SIZE_Y);
        this.counter = client.getChannel(pvPrefix + COUNTER);
        this.timeout = timeout;
    }

    @Override
    public Optional<CameraFrame> readIfNewer(long lastCounter) throws Exception {
        long count = (long) number(counter);
        if (count == lastCounter) {
            return Optional.empty();
        }
        int width = (int) number(sizeX);
        int height = (int) number(sizeY);
        PVAData value = read(data).get("value");
        if (!(value instanceof PVAByteArray bytes)) {
            throw new IllegalStateException(data.getName() + " holds no byte array");
        }
        return Optional.of(CameraFrame.ofGrey(width, height, bytes.get(), count));
    }

    private double number(PVAChannel ch) throws Exception {
        if (read(ch).get("value") instanceof PVANumber n) {
            return n.getNumber().doubleValue();
        }
        throw new IllegalStateException(ch.getName() + " holds no number");
    }

    private PVAStructure read(PVAChannel ch) throws Exception {
        if (!ch.isConnected()) {
            ch.connect().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
        return ch.read("").get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        List.of(data, sizeX, sizeY, counter).forEach(PVAChannel::close);
    }
}
