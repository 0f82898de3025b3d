package org.lsdcfx.device.camera;

import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.DeviceException.Fault;
import org.lsdcfx.device.pva.ChannelSet;
import org.lsdcfx.device.pva.PvChannel;
import org.lsdcfx.device.pva.PvValues;
import org.lsdcfx.mxtools.profile.CameraSpec;

import java.util.List;

/**
 * {@link SampleCamera} over areaDetector-style PVs under {@code spec.pvPrefix()}: {@code image1:ArrayData} (8-bit
 * grey, row-major), {@code cam1:ArraySizeX_RBV}, {@code cam1:ArraySizeY_RBV}. The image is read on demand (no
 * monitor) because frames are large.
 */
public final class PvaSampleCamera implements SampleCamera, AutoCloseable {
    public static final String ARRAY_DATA = "image1:ArrayData";
    public static final String SIZE_X = "cam1:ArraySizeX_RBV";
    public static final String SIZE_Y = "cam1:ArraySizeY_RBV";

    private final String name;
    private final CameraSpec spec;
    private final PvChannel data;
    private final PvChannel sizeX;
    private final PvChannel sizeY;

    public PvaSampleCamera(ChannelSet channels, String name, CameraSpec spec) {
        this.name = name;
        this.spec = spec;
        String device = name + "Camera";
        data = channels.onDemand(device, spec.pvPrefix() + ARRAY_DATA);
        sizeX = channels.monitored(device, spec.pvPrefix() + SIZE_X);
        sizeY = channels.monitored(device, spec.pvPrefix() + SIZE_Y);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public CameraImage latestImage() {
        int width = sizeX.getInt();
        int height = sizeY.getInt();
        byte[] pixels = data.convert(data.get(), PvValues::asBytes);
        if (pixels.length != width * height) {
            throw new DeviceException(name + "Camera", data.name(), Fault.FAILED, "image has " + pixels.length
                    + " pixels but the camera reports " + width + "x" + height);
        }
        return new CameraImage(width, height, pixels);
    }

    @Override
    public FieldOfView fieldOfView() {
        return new FieldOfView(spec.fovWidthUm(), spec.fovHeightUm());
    }

    @Override
    public void close() {
        List.of(data, sizeX, sizeY).forEach(PvChannel::close);
    }
}
