package org.lsdcfx.daq.handlers;

import java.util.regex.Pattern;
import org.lsdcfx.daq.control.RunState;
import org.lsdcfx.daq.guard.Access;
import org.lsdcfx.daq.guard.CommandSpec;
import org.lsdcfx.daq.guard.Execution;
import org.lsdcfx.daq.guard.Param;
import org.lsdcfx.daq.queue.CommandRegistry;
import org.lsdcfx.daq.sample.SampleMounter;

/** Robot and mount bookkeeping: LSDC's {@code mountSample}, {@code unmountSample}, {@code unmountCold}, {@code clearMountedSample}. */
public final class SampleCommands {
    /** Amostra uids: UUID text (LSDC test databases use other short ids, also letters, digits and dashes). */
    public static final Pattern UID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");

    private final SampleMounter mounter;

    public SampleCommands(SampleMounter mounter) {
        this.mounter = mounter;
    }

    public void registerInto(CommandRegistry registry) {
        registry.register(CommandSpec.builder("mountSample")
                .summary("mount a sample of the primary dewar with the robot (unmounting the one on the goniometer)")
                .param(Param.string("sampID", 64, UID, "Amostra uid of the sample"))
                .allowedIn(RunState.NOT_COLLECTING).build(),
                inv -> mounter.mount(inv.args().string("sampID"), inv.caller().display()));
        registry.register(CommandSpec.builder("unmountSample")
                .summary("put the mounted sample back into the dewar (warm gripper, end of visit)")
                .allowedIn(RunState.NOT_COLLECTING).build(),
                inv -> mounter.unmount(false, inv.caller().display()));
        registry.register(CommandSpec.builder("unmountCold")
                .summary("put the mounted sample back into the dewar, gripper kept cold (default at queue end)")
                .allowedIn(RunState.NOT_COLLECTING).build(),
                inv -> mounter.unmount(true, inv.caller().display()));
        registry.register(CommandSpec.builder("clearMountedSample")
                .summary("forget which sample is mounted, without moving anything (after a manual robot recovery)")
                .execution(Execution.BACKGROUND).access(Access.STAFF).allowedIn(RunState.NOT_COLLECTING).build(),
                inv -> mounter.clearMounted(inv.caller().display()));
    }
}
