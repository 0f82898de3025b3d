package org.lsdcfx.daq.guard;

import org.lsdcfx.daq.command.Caller;
import org.lsdcfx.daq.command.CommandRejectedException;

/**
 * A command-specific check that needs more than the parameter schema (a motor configured in the profile, a path
 * inside the visit directory, a limit read from a device). Runs on the PVA thread while the command is being
 * admitted, so it must be quick and must not block on I/O: check in-memory state only.
 */
@FunctionalInterface
public interface AdmissionCheck {
    /** @throws CommandRejectedException with the reason the command cannot run */
    void check(Arguments args, Caller caller) throws CommandRejectedException;
}
