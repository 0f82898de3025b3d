package org.lsdcfx.daq.autoraster;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.center.LoopBox;
import org.lsdcfx.daq.routine.center.LoopCentring;
import org.lsdcfx.device.motor.Goniometer;

/**
 * Test stand-in for the optical part (OpticalLoopCentring, which has its own tests on the camera image): it knows where
 * the simulator puts the loop — a 100 µm-radius ring centred on the sample-frame origin, face-on at omega 0 — and
 * centres on it with the real goniometer over PVA, reporting the box a camera would see: a 100 µm loop face-on (smaller than the simulator's 200 µm ring, which the
 * optical centring's own test measures, so the test rasters are quick),
 * and side-on (edge-on loop, as thin as its wire) the extent of the crystals the test placed. So auto-raster runs on
 * a real beamline, and only "where is the loop" is given rather than measured.
 */
final class StandInLoopCentring implements LoopCentring {
    static final double LOOP_DIAMETER_UM = 100;
    private static final double WIRE_HALF_UM = 4;

    private final Supplier<List<VirtualCrystal>> crystals;
    final AtomicInteger calls = new AtomicInteger();

    StandInLoopCentring(Supplier<List<VirtualCrystal>> crystals) {
        this.crystals = crystals;
    }

    @Override
    public LoopBox centre(RoutineContext ctx) throws Exception {
        calls.incrementAndGet();
        Goniometer g = ctx.services().beamline().require().goniometer();
        Duration t = Duration.ofSeconds(30);
        CompletableFuture.allOf(g.x().moveTo(0, t), g.y().moveTo(0, t), g.z().moveTo(0, t), g.fineX().moveTo(0, t),
                g.fineY().moveTo(0, t), g.fineZ().moveTo(0, t), g.omega().moveTo(0, t)).join();
        // edge-on (omega 90) a point (y, z) shows at v = -z: the box spans the wire and every crystal's disc
        double half = WIRE_HALF_UM;
        for (VirtualCrystal c : crystals.get()) {
            half = Math.max(half, Math.abs(c.zMm() * 1000) + c.sizeMm() * 1000 / 2);
        }
        return new LoopBox(LOOP_DIAMETER_UM, LOOP_DIAMETER_UM, 2 * half, 0, 0, 0, 0);
    }
}
