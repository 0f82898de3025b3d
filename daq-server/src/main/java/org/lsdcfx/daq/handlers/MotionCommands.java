package org.lsdcfx.daq.handlers;

import org.lsdcfx.daq.beamline.BeamlineAccess;
import org.lsdcfx.daq.command.CommandRejectedException;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.daq.control.RunState;
import org.lsdcfx.daq.guard.Access;
import org.lsdcfx.daq.guard.CommandSpec;
import org.lsdcfx.daq.guard.Param;
import org.lsdcfx.daq.queue.CommandRegistry;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.motor.Motor;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.MotorSpec;
import org.lsdcfx.mxtools.profile.Descriptors;

/**
 * Motor moves: LSDC's {@code mvaDescriptor} (staff only, and only motors the profile configures, inside their
 * limits: LSDC let anyone move any motor anywhere) and {@code move_omega} (only with the governor in SA, as in LSDC).
 */
public final class MotionCommands {
    /** Governor state in which omega may be moved by hand. */
    public static final String SAMPLE_ALIGNMENT = "SA";

    private final BeamlineProfile profile;
    private final BeamlineAccess beamline;
    private final RunControl control;

    public MotionCommands(BeamlineProfile profile, BeamlineAccess beamline, RunControl control) {
        this.profile = profile;
        this.beamline = beamline;
        this.control = control;
    }

    public void registerInto(CommandRegistry registry) {
        registry.register(CommandSpec.builder("mvaDescriptor")
                .summary("move one configured motor to an absolute position inside its limits (staff)")
                .param(Param.string("descriptor", 64, null, "motor descriptor from the profile, e.g. "
                        + String.join(", ", profile.motors().keySet())))
                .param(Param.number("value", "", -1e9, 1e9, "target in the motor's units"))
                .access(Access.STAFF).allowedIn(RunState.NOT_COLLECTING)
                .check((args, caller) -> {
                    MotorSpec spec = profile.motors().get(args.string("descriptor"));
                    if (spec == null) {
                        throw new CommandRejectedException("no motor '" + args.string("descriptor") + "' in profile " + profile.name()
                                + "; configured motors: " + String.join(", ", profile.motors().keySet()));
                    }
                    double v = args.number("value");
                    if (!spec.allows(v)) {
                        throw new CommandRejectedException(args.string("descriptor") + " target " + Param.format(v) + " " + spec.units()
                                + " is outside its limits " + Param.format(spec.low()) + " to " + Param.format(spec.high()) + " " + spec.units());
                    }
                    DeviceCalls.connected(beamline);
                }).build(),
                inv -> {
                    String name = inv.args().string("descriptor");
                    Motor motor = motor(beamline.require(), name);
                    double target = inv.args().number("value");
                    double at = DeviceCalls.moveAndWait(motor, target,
                            DeviceCalls.moveTimeout(motor.position(), target, profile.motor(name).speed()), control);
                    return name + " at " + Param.format(at) + " " + motor.units();
                });
        registry.register(CommandSpec.builder("move_omega")
                .summary("rotate omega, relative to where it is (default) or absolute; only with the governor in SA")
                .param(Param.number("omega", "deg", -3600, 3600, "angle, or angle change when relative"))
                .param(Param.bool("relative", "true: add to the current angle").optional(true))
                .allowedIn(RunState.NOT_COLLECTING)
                .check((args, caller) -> {
                    Beamline b = DeviceCalls.connected(beamline);
                    String gov = b.governor().state();
                    if (!SAMPLE_ALIGNMENT.equals(gov)) {
                        throw new CommandRejectedException("omega can only be moved with the governor in " + SAMPLE_ALIGNMENT + "; it is in " + gov);
                    }
                    Motor omega = b.goniometer().omega();
                    double target = target(omega, args.number("omega"), args.bool("relative"));
                    if (!omega.limits().contains(target)) {
                        throw new CommandRejectedException("omega target " + Param.format(target) + " deg is outside its limits "
                                + Param.format(omega.limits().low()) + " to " + Param.format(omega.limits().high()) + " deg");
                    }
                }).build(),
                inv -> {
                    Motor omega = beamline.require().goniometer().omega();
                    double target = target(omega, inv.args().number("omega"), inv.args().bool("relative"));
                    double at = DeviceCalls.moveAndWait(omega, target,
                            DeviceCalls.moveTimeout(omega.position(), target, profile.motor(Descriptors.OMEGA).speed()), control);
                    return "omega at " + Param.format(at) + " deg";
                });
    }

    private static double target(Motor omega, double value, boolean relative) {
        return relative ? omega.position() + value : value;
    }

    private static Motor motor(Beamline b, String descriptor) {
        return switch (descriptor) {
            case Descriptors.OMEGA -> b.goniometer().omega();
            case Descriptors.SAMPLE_X -> b.goniometer().x();
            case Descriptors.SAMPLE_Y -> b.goniometer().y();
            case Descriptors.SAMPLE_Z -> b.goniometer().z();
            case Descriptors.FINE_X -> b.goniometer().fineX();
            case Descriptors.FINE_Y -> b.goniometer().fineY();
            case Descriptors.FINE_Z -> b.goniometer().fineZ();
            case Descriptors.DETECTOR_DIST -> b.detectorDistance();
            case Descriptors.ENERGY -> b.energy().motor();
            default -> throw new IllegalArgumentException("motor " + descriptor + " is configured in the profile but the device layer"
                    + " has no device for it");
        };
    }
}
