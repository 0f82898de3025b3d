package org.lsdcfx.daq.handlers;

import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.ConfigKey;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.daq.comm.StatusBoard;
import org.lsdcfx.daq.control.RunState;
import org.lsdcfx.daq.guard.Access;
import org.lsdcfx.daq.guard.CommandSpec;
import org.lsdcfx.daq.guard.Execution;
import org.lsdcfx.daq.queue.CommandRegistry;

/**
 * Staff switches LSDC kept on its staff console: {@code beamCheckOn/Off} (queue waits for beam) and
 * {@code queueCollectOn/Off} (queue may mount any dewar sample). Each is a conftrak write recorded with the caller.
 */
public final class ConfigCommands {
    private final Conftrak conftrak;
    private final StatusBoard status;

    public ConfigCommands(Conftrak conftrak, StatusBoard status) {
        this.conftrak = conftrak;
        this.status = status;
    }

    public void registerInto(CommandRegistry registry) {
        flag(registry, "beamCheckOn", SampleHandlingKeys.BEAM_CHECK, true, "the queue waits for beam before each request (queue-collect mode)");
        flag(registry, "beamCheckOff", SampleHandlingKeys.BEAM_CHECK, false, "the queue no longer waits for beam");
        flag(registry, "queueCollectOn", SampleHandlingKeys.QUEUE_COLLECT, true, "the queue mounts and unmounts dewar samples itself");
        flag(registry, "queueCollectOff", SampleHandlingKeys.QUEUE_COLLECT, false, "the queue runs only requests of the mounted sample");
    }

    private void flag(CommandRegistry registry, String name, ConfigKey<Boolean> key, boolean value, String meaning) {
        registry.register(CommandSpec.builder(name)
                .summary("set conftrak " + key.name() + " to " + value + ": " + meaning + " (staff)")
                .execution(Execution.BACKGROUND).access(Access.STAFF).allowedIn(RunState.ANY).build(),
                inv -> {
                    conftrak.set(key, value, inv.caller().display());
                    status.message(key.name() + " set to " + value + " by " + inv.caller().display());
                    return key.name() + " = " + value;
                });
    }
}
