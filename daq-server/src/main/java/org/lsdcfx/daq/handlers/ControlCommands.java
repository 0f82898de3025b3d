package org.lsdcfx.daq.handlers;

import org.lsdcfx.daq.command.CommandRejectedException;
import org.lsdcfx.daq.control.RunState;
import org.lsdcfx.daq.guard.Access;
import org.lsdcfx.daq.guard.CommandSpec;
import org.lsdcfx.daq.guard.ControlMaster;
import org.lsdcfx.daq.guard.Execution;
import org.lsdcfx.daq.queue.CommandRegistry;

/**
 * Control master and staff lock: {@code takeControl}, {@code releaseControl} (new: LSDC kept control in each GUI)
 * and LSDC's {@code lockGUI}/{@code unlockGUI}. All immediate, in any run state.
 */
public final class ControlCommands {
    private final ControlMaster master;

    public ControlCommands(ControlMaster master) {
        this.master = master;
    }

    public void registerInto(CommandRegistry registry) {
        registry.register(CommandSpec.builder("takeControl")
                .summary("make the caller's client the control master (staff may take over from another client)")
                .execution(Execution.IMMEDIATE).access(Access.ANYONE).allowedIn(RunState.ANY)
                .check((args, caller) -> {
                    String refusal = master.takeRefusal(caller);
                    if (refusal != null) {
                        throw new CommandRejectedException(refusal);
                    }
                }).build(),
                inv -> master.take(inv.caller()));
        registry.register(CommandSpec.builder("releaseControl")
                .summary("give up control (the master or staff)")
                .execution(Execution.IMMEDIATE).access(Access.ANYONE).allowedIn(RunState.ANY).build(),
                inv -> master.release(inv.caller()));
        registry.register(CommandSpec.builder("lockGUI")
                .summary("lock the beamline: only staff may send commands (zinger_flag shows -staff@host)")
                .execution(Execution.IMMEDIATE).access(Access.STAFF).allowedIn(RunState.ANY).build(),
                inv -> master.lockBeamline(inv.caller()));
        registry.register(CommandSpec.builder("unlockGUI")
                .summary("unlock the beamline; control stays with its holder")
                .execution(Execution.IMMEDIATE).access(Access.STAFF).allowedIn(RunState.ANY).build(),
                inv -> master.unlockBeamline(inv.caller()));
    }
}
