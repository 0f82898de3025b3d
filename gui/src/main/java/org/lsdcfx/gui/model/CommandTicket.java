package org.lsdcfx.gui.model;

import java.util.concurrent.CompletableFuture;
import org.lsdcfx.daq.command.CommandReply;

/**
 * One command sent to the daq server and what became of it.
 *
 * @param id         the command's id, as it appears in the server's replies
 * @param function   the LSDC function name
 * @param decision   completes with the server's {@code accepted} or {@code rejected} reply; fails when the command
 *                   could not be delivered (server down, time-out)
 * @param completion completes with the final reply ({@code rejected}, {@code done} or {@code failed})
 */
public record CommandTicket(String id, String function, CompletableFuture<CommandReply> decision,
                            CompletableFuture<CommandReply> completion) {
}
