package org.lsdcfx.sim.device;

import org.lsdcfx.mxtools.profile.CameraSpec;
import org.lsdcfx.sim.physics.LoopImage;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;

/**
 * A sample camera: {@code image1:ArrayData} (8-bit grey, row-major), {@code cam1:ArraySizeX_RBV},
 * {@code cam1:ArraySizeY_RBV}, {@code cam1:ArrayCounter_RBV}. The frame is re-rendered (at most every
 * {@value #RENDER_SECONDS} s simulated) when the goniometer has moved. Confined to the simulator thread.
 */
public final class SimCamera implements SimDevice {
    static final double RENDER_SECONDS = 0.1;
    private final int width;
    private final int height;
    private final double umPerPx;
    private final SimMotor x;
    private final SimMotor y;
    private final SimMotor z;
    private final SimMotor omega;
    private final SimPv<byte[]> data;
    private final SimPv<Integer> counter;
    private double sinceRender;
    private double lastKey = Double.NaN;

    public SimCamera(PvHost host, String name, CameraSpec spec, int width, int height, SimMotor x, SimMotor y,
                     SimMotor z, SimMotor omega) {
        this.width = width;
        this.height = height;
        this.umPerPx = spec.fovWidthUm() / width;
        this.x = x;
        this.y = y;
        this.z = z;
        this.omega = omega;
        String p = spec.pvPrefix();
        data = host.readOnly(p + "image1:ArrayData", PvType.UBYTE_ARRAY, render(), "", name
                + " camera image, 8-bit grey, row-major");
        host.readOnly(p + "cam1:ArraySizeX_RBV", PvType.INT, width, "px", name + " image width");
        host.readOnly(p + "cam1:ArraySizeY_RBV", PvType.INT, height, "px", name + " image height");
        counter = host.readOnly(p + "cam1:ArrayCounter_RBV", PvType.INT, 1, "", name + " frames rendered");
        lastKey = key();
    }

    private byte[] render() {
        double w = Math.toRadians(omega.position());
        double vertical = y.position() * Math.cos(w) + z.position() * Math.sin(w);
        return LoopImage.render(width, height, umPerPx, x.position(), vertical, omega.position());
    }

    private double key() {
        return x.position() * 31 + y.position() * 17 + z.position() * 7 + omega.position();
    }

    @Override
    public void tick(double dtSim) {
        sinceRender += dtSim;
        if (sinceRender < RENDER_SECONDS || key() == lastKey) {
            return;
        }
        sinceRender = 0;
        lastKey = key();
        data.set(render());
        counter.set(counter.get() + 1);
    }
}
