package org.lsdcfx.daq.handlers;

import java.time.Duration;
import org.epics.pva.client.PVAClient;
import org.lsdcfx.daq.beamline.BeamlineAccess;
import org.lsdcfx.daq.command.CommandRejectedException;
import org.lsdcfx.daq.control.ProgramStatus;
import org.lsdcfx.daq.control.RunControl;
import org.lsdcfx.daq.control.RunState;
import org.lsdcfx.daq.guard.Access;
import org.lsdcfx.daq.guard.CommandSpec;
import org.lsdcfx.daq.guard.Param;
import org.lsdcfx.daq.queue.CommandRegistry;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.beam.EnergyDevice;
import org.lsdcfx.device.pva.PvChannel;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.Descriptors;

/**
 * Beam settings: LSDC's {@code setTrans} (transmission 0 to 1), {@code set_energy} (eV, inside the profile's
 * energy range; {@code program_state} reads "Setting Energy" meanwhile) and {@code set_beamcenter} (detector
 * beam centre in pixels, staff; written to the profile's {@code beamCenterX}/{@code beamCenterY} PVs).
 */
public final class BeamCommands {
    /** Profile descriptors of the detector beam-centre PVs (LSDC's names). */
    public static final String BEAM_CENTER_X = "beamCenterX";
    public static final String BEAM_CENTER_Y = "beamCenterY";
    private static final Duration TRANSMISSION_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration PV_TIMEOUT = Duration.ofSeconds(5);

    private final BeamlineProfile profile;
    private final BeamlineAccess beamline;
    private final RunControl control;
    private final ProgramStatus programStatus;
    private final PVAClient pva;

    public BeamCommands(BeamlineProfile profile, BeamlineAccess beamline, RunControl control, ProgramStatus programStatus,
                        PVAClient pva) {
        this.profile = profile;
        this.beamline = beamline;
        this.control = control;
        this.programStatus = programStatus;
        this.pva = pva;
    }

    public void registerInto(CommandRegistry registry) {
        registry.register(CommandSpec.builder("setTrans")
                .summary("set the beam transmission (attenuators) and wait until they are in")
                .param(Param.number("transmission", "", 0, 1, "fraction of the full beam, 0 to 1"))
                .allowedIn(RunState.NOT_COLLECTING)
                .check((args, caller) -> DeviceCalls.connected(beamline)).build(),
                inv -> {
                    double t = inv.args().number("transmission");
                    beamline.require().transmission().set(t, TRANSMISSION_TIMEOUT);
                    DeviceCalls.abortedCheck(control, "transmission change");
                    return "transmission " + Param.format(beamline.require().transmission().readback());
                });
        double minEv = profile.energyRange().minEv();
        double maxEv = profile.energyRange().maxEv();
        registry.register(CommandSpec.builder("set_energy")
                .summary("change the photon energy (monochromator) within the beamline's range")
                .param(Param.number("energy", "eV", minEv, maxEv, "photon energy"))
                .allowedIn(RunState.NOT_COLLECTING)
                .check((args, caller) -> DeviceCalls.connected(beamline)).build(),
                inv -> {
                    EnergyDevice energy = beamline.require().energy();
                    double target = inv.args().number("energy");
                    Duration timeout = DeviceCalls.moveTimeout(energy.energy(), target, profile.motor(Descriptors.ENERGY).speed());
                    programStatus.setSettingEnergy(true);
                    try {
                        double at = energy.setEnergy(target, timeout);
                        DeviceCalls.abortedCheck(control, "energy change");
                        return "energy " + Param.format(at) + " eV";
                    } catch (DeviceException e) {
                        DeviceCalls.abortedCheck(control, "energy change");
                        throw e;
                    } finally {
                        programStatus.setSettingEnergy(false);
                    }
                });
        registry.register(CommandSpec.builder("set_beamcenter")
                .summary("set the detector beam centre used in data files (staff)")
                .param(Param.number("x", "px", 0, profile.detector().nx(), "beam centre column"))
                .param(Param.number("y", "px", 0, profile.detector().ny(), "beam centre row"))
                .access(Access.STAFF).allowedIn(RunState.NOT_COLLECTING)
                .check((args, caller) -> {
                    if (!profile.pvs().containsKey(BEAM_CENTER_X) || !profile.pvs().containsKey(BEAM_CENTER_Y)) {
                        throw new CommandRejectedException("profile " + profile.name() + " has no " + BEAM_CENTER_X + "/" + BEAM_CENTER_Y
                                + " PV descriptors, so the beam centre cannot be set on this beamline");
                    }
                }).build(),
                inv -> {
                    write(BEAM_CENTER_X, inv.args().number("x"));
                    write(BEAM_CENTER_Y, inv.args().number("y"));
                    return "beam centre " + Param.format(inv.args().number("x")) + ", " + Param.format(inv.args().number("y")) + " px";
                });
    }

    private void write(String descriptor, double value) throws Exception {
        try (PvChannel pv = new PvChannel(pva, "detector", profile.pv(descriptor), PV_TIMEOUT, false)) {
            pv.connectAsync().get(PV_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            pv.put(value, PV_TIMEOUT);
        }
    }
}
