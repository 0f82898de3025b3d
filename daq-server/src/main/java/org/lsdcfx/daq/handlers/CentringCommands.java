package org.lsdcfx.daq.handlers;

import java.util.Locale;
import org.lsdcfx.daq.beamline.BeamlineAccess;
import org.lsdcfx.daq.command.CommandRejectedException;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.daq.control.RunState;
import org.lsdcfx.daq.guard.Arguments;
import org.lsdcfx.daq.guard.CommandSpec;
import org.lsdcfx.daq.guard.Param;
import org.lsdcfx.daq.queue.CommandRegistry;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.motor.Goniometer;
import org.lsdcfx.device.motor.Motor;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.CameraSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LSDC's click-to-centre ({@code center_on_click}): the GUI sends the clicked pixel of a sample-camera image, the
 * server turns it into a goniometer move that brings the clicked point onto the beam. The beam is at the image
 * centre; the calibration is the profile camera's field of view, so the GUI may send the pixel of a scaled copy as
 * long as it sends that copy's size. Frame convention (the simulator's {@code GoniometerPose}, as the centring
 * routines): a point h µm right of and v µm above the beam comes onto it when sample X moves by +h, Y by v·cos ω and
 * Z by −v·sin ω. Unlike LSDC (which ignored the camera view angle and mis-sent its options), every target is checked
 * against the motor limits before anything moves, and only with the governor in SA, like {@code move_omega}.
 */
public final class CentringCommands {
    private static final Logger log = LoggerFactory.getLogger(CentringCommands.class);
    /** Offsets below this (µm) are not worth a move: half the simulated motors' tolerance. */
    private static final double NEGLIGIBLE_UM = 0.05;
    private static final int MAX_PIXELS = 100_000;

    private final BeamlineProfile profile;
    private final BeamlineAccess beamline;
    private final RunControl control;

    public CentringCommands(BeamlineProfile profile, BeamlineAccess beamline, RunControl control) {
        this.profile = profile;
        this.beamline = beamline;
        this.control = control;
    }

    /** The move that centres a click: sample-frame offsets and the three target positions (motor units). */
    record Plan(double hUm, double vUm, double omega, double[] targets) {
    }

    public void registerInto(CommandRegistry registry) {
        registry.register(CommandSpec.builder("center_on_click")
                .summary("move the sample so that the clicked pixel of a camera image comes onto the beam (image centre)")
                .param(Param.number("x", "px", 0, MAX_PIXELS, "clicked column, 0 = left edge"))
                .param(Param.number("y", "px", 0, MAX_PIXELS, "clicked row, 0 = top edge"))
                .param(Param.integer("width", 1, MAX_PIXELS, "width of the clicked image in pixels"))
                .param(Param.integer("height", 1, MAX_PIXELS, "height of the clicked image in pixels"))
                .param(Param.string("camera", 32, null, "camera key from the profile: "
                        + String.join(", ", profile.cameras().keySet())).optional("lowMag"))
                .allowedIn(RunState.NOT_COLLECTING)
                .check((args, caller) -> {
                    Beamline b = DeviceCalls.connected(beamline);
                    String gov = b.governor().state();
                    if (!MotionCommands.SAMPLE_ALIGNMENT.equals(gov)) {
                        throw new CommandRejectedException("click-to-centre needs the governor in "
                                + MotionCommands.SAMPLE_ALIGNMENT + "; it is in " + gov);
                    }
                    plan(b.goniometer(), args);
                }).build(),
                inv -> {
                    Goniometer g = beamline.require().goniometer();
                    Plan p = plan(g, inv.args()); // again: the goniometer may have moved since admission
                    Motor[] motors = {g.x(), g.y(), g.z()};
                    for (int i = 0; i < motors.length; i++) {
                        Motor m = motors[i];
                        if (Math.abs(p.targets()[i] - m.setpoint()) > NEGLIGIBLE_UM * unitsPerMicron(m)) {
                            DeviceCalls.moveAndWait(m, p.targets()[i], DeviceCalls.moveTimeout(m.position(), p.targets()[i],
                                    profile.motors().containsKey(m.name()) ? profile.motor(m.name()).speed() : null), control);
                        }
                    }
                    log.info("center_on_click {}: moved by h {} µm, v {} µm at omega {} (request {})", inv.args().string("camera"),
                            fmt(p.hUm()), fmt(p.vUm()), fmt(p.omega()), inv.id());
                    return String.format(Locale.ROOT, "centred: h %+.1f µm, v %+.1f µm at omega %.1f deg", p.hUm(), p.vUm(), p.omega());
                });
    }

    /** Checks the click and computes the move; refuses (nothing moved) with the reason. */
    private Plan plan(Goniometer g, Arguments args) throws CommandRejectedException {
        String cameraKey = args.string("camera");
        CameraSpec cam = profile.cameras().get(cameraKey);
        if (cam == null || cam.fovWidthUm() == null || cam.fovHeightUm() == null) {
            throw new CommandRejectedException("unknown camera '" + cameraKey + "' (or it has no field of view); profile "
                    + profile.name() + " has: " + String.join(", ", profile.cameras().keySet()));
        }
        double x = args.number("x");
        double y = args.number("y");
        long w = args.integer("width");
        long h = args.integer("height");
        if (x > w || y > h) {
            throw new CommandRejectedException(String.format(Locale.ROOT,
                    "the click (%s, %s) px is outside the %d x %d px image", fmt(x), fmt(y), w, h));
        }
        double hUm = (x - w / 2.0) * cam.fovWidthUm() / w;
        double vUm = (h / 2.0 - y) * cam.fovHeightUm() / h;
        double omega = g.omega().position();
        double rad = Math.toRadians(omega);
        Motor[] motors = {g.x(), g.y(), g.z()};
        double[] deltaUm = {hUm, vUm * Math.cos(rad), -vUm * Math.sin(rad)};
        double[] targets = new double[3];
        for (int i = 0; i < 3; i++) {
            Motor m = motors[i];
            targets[i] = m.setpoint() + deltaUm[i] * unitsPerMicron(m);
            if (!m.limits().contains(targets[i])) {
                throw new CommandRejectedException(String.format(Locale.ROOT,
                        "cannot centre there: %s would have to move to %s %s, outside its limits %s to %s %s; nothing moved",
                        m.name(), fmt(targets[i]), m.units(), fmt(m.limits().low()), fmt(m.limits().high()), m.units()));
            }
        }
        return new Plan(hUm, vUm, omega, targets);
    }

    /** Sample stages are in µm on the simulator, mm on some beamlines. */
    private static double unitsPerMicron(Motor m) {
        return "mm".equalsIgnoreCase(m.units()) ? 1e-3 : 1;
    }

    private static String fmt(double d) {
        return Param.format(d);
    }
}
