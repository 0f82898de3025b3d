package org.lsdcfx.sim.device;

import org.lsdcfx.mxtools.profile.CameraSpec;
import org.lsdcfx.sim.physics.LoopImage;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;
import org.lsdcfx.sim.sample.GoniometerPose;
import org.lsdcfx.sim.sample.SimSample;

import java.util.function.Supplier;

/**
 * A sample camera looking along the beam: {@code image1:ArrayData} (8-bit grey, row-major), {@code cam1:ArraySizeX_RBV},
 * {@code cam1:ArraySizeY_RBV}, {@code cam1:ArrayCounter_RBV}. The image shows the pin, the loop and the crystals where
 * the goniometer puts them ({@link LoopImage}), over the profile's field of view, with the beam at the image centre.
 * It is re-rendered (at most every {@value #RENDER_SECONDS} s simulated) when the goniometer or the sample changed.
 * Confined to the simulator thread.
 */
public final class SimCamera implements SimDevice {
    static final double RENDER_SECONDS = 0.1;
    private final int width;
    private final int height;
    private final double umPerPxX;
    private final double umPerPxY;
    private final Supplier<GoniometerPose> pose;
    private final Supplier<SimSample> sample;
    private final SimPv<byte[]> data;
    private final SimPv<Integer> counter;
    private double sinceRender;
    private GoniometerPose lastPose;
    private SimSample lastSample;

    public SimCamera(PvHost host, String name, CameraSpec spec, int width, int height, Supplier<GoniometerPose> pose,
                     Supplier<SimSample> sample) {
        this.width = width;
        this.height = height;
        this.umPerPxX = spec.fovWidthUm() / width;
        this.umPerPxY = spec.fovHeightUm() / height;
        this.pose = pose;
        this.sample = sample;
        String p = spec.pvPrefix();
        data = host.readOnly(p + "image1:ArrayData", PvType.UBYTE_ARRAY, render(), "", name
                + " camera image, 8-bit grey, row-major");
        host.readOnly(p + "cam1:ArraySizeX_RBV", PvType.INT, width, "px", name + " image width");
        host.readOnly(p + "cam1:ArraySizeY_RBV", PvType.INT, height, "px", name + " image height");
        counter = host.readOnly(p + "cam1:ArrayCounter_RBV", PvType.INT, 1, "", name + " frames rendered");
    }

    private byte[] render() {
        lastPose = pose.get();
        lastSample = sample.get();
        return LoopImage.render(width, height, umPerPxX, umPerPxY, lastPose, lastSample);
    }

    @Override
    public void tick(double dtSim) {
        sinceRender += dtSim;
        if (sinceRender < RENDER_SECONDS || (pose.get().equals(lastPose) && sample.get().equals(lastSample))) {
            return;
        }
        sinceRender = 0;
        data.set(render());
        counter.set(counter.get() + 1);
    }
}
