package org.lsdcfx.daq.queue;

/**
 * Runs one admitted command. Called on the executor the command's {@link org.lsdcfx.daq.guard.Execution}
 * names, never on a PVA thread. Arguments are already checked against the schema.
 */
@FunctionalInterface
public interface CommandHandler {
    /**
     * @return what was done, for the final {@code command_reply}
     * @throws Exception with a message for the user when the command could not be carried out
     */
    String execute(Invocation invocation) throws Exception;
}
