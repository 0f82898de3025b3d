package org.lsdcfx.daq.guard;

import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.lsdcfx.daq.command.Caller;
import org.lsdcfx.daq.command.Command;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandParser;
import org.lsdcfx.daq.command.CommandRejectedException;
import org.lsdcfx.daq.command.MalformedCommandException;
import org.lsdcfx.daq.control.RunState;

/**
 * Checks every command before it runs, in this order: well-formed JSON, known function, right PV, caller
 * allowed (staff list, control master), arguments (arity, types, bounds), run state, command-specific checks
 * (motor configured and inside its limits, governor state, path inside the allowed roots).
 * The first failed check refuses the command with its precise reason. Nothing here changes any state, blocks, or
 * calls anything but the configured specs, so a refused command changes nothing. Thread-safe; runs on the PVA
 * threads.
 */
public final class CommandGuard {
    private final CommandParser parser;
    private final CommandCatalog catalog;
    private final StaffList staff;
    private final ControlMaster master;
    private final Supplier<RunState> runState;

    public CommandGuard(CommandParser parser, CommandCatalog catalog, StaffList staff, ControlMaster master,
                        Supplier<RunState> runState) {
        this.parser = parser;
        this.catalog = catalog;
        this.staff = staff;
        this.master = master;
        this.runState = runState;
    }

    /** Decides about one command text received on {@code channel} from {@code caller}. Never throws. */
    public Verdict admit(CommandChannel channel, Caller caller, String text) {
        Command command;
        try {
            command = parser.parse(text);
        } catch (MalformedCommandException e) {
            return new Verdict.Refused(e.partialId(), e.partialFunction(), e.getMessage());
        }
        try {
            return check(channel, caller, command);
        } catch (CommandRejectedException e) {
            return new Verdict.Refused(command.id(), command.function(), e.getMessage());
        } catch (RuntimeException e) { // a bug in a check must refuse the command, not kill the PVA thread
            return new Verdict.Refused(command.id(), command.function(), "internal error while checking the command: " + e);
        }
    }

    private Verdict check(CommandChannel channel, Caller caller, Command command) throws CommandRejectedException {
        CommandSpec spec = catalog.find(command.function());
        if (spec == null) {
            throw new CommandRejectedException("unknown command; known commands: "
                    + catalog.all().stream().map(CommandSpec::name).collect(Collectors.joining(", ")));
        }
        if (!spec.execution().acceptsFrom(channel)) {
            throw new CommandRejectedException("must be sent on " + CommandChannel.SERIAL.pvSuffix() + ", not " + channel.pvSuffix());
        }
        checkCaller(spec, caller);
        Arguments args = ArgumentBinder.bind(spec, command);
        RunState state = runState.get();
        if (!spec.allowedStates().contains(state)) {
            throw new CommandRejectedException("not allowed while the server is " + state.label() + " (allowed when "
                    + spec.allowedStates().stream().sorted().map(RunState::label).collect(Collectors.joining(", ")) + ")");
        }
        for (AdmissionCheck c : spec.checks()) {
            c.check(args, caller);
        }
        master.noteActivity(caller);
        return new Verdict.Admitted(command, spec, args, caller, channel);
    }

    private void checkCaller(CommandSpec spec, Caller caller) throws CommandRejectedException {
        switch (spec.access()) {
            case ANYONE -> {
            }
            case STAFF -> {
                if (!staff.isStaff(caller)) {
                    throw new CommandRejectedException("staff only, and " + caller.display() + " is not on the staff list");
                }
            }
            case MASTER -> {
                String refusal = master.refusal(caller);
                if (refusal != null) {
                    throw new CommandRejectedException(refusal);
                }
            }
        }
    }
}
