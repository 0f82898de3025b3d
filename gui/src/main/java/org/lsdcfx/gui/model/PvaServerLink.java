package org.lsdcfx.gui.model;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.lsdcfx.daq.client.CommandClient;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.CommandRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ServerLink} over PVAccess: the daq server's {@link CommandClient} puts each command and returns the
 * server's decision; final replies ({@code done}/{@code failed}) are picked out of the {@code command_replies}
 * monitor of the GUI's {@link PvSource}. The puts run one at a time on a thread of their own ("gui-commands"),
 * in the order the user gave the commands.
 *
 * <p>The command client has a PVA connection of its own, kept for the GUI's lifetime: the daq server knows the
 * control master by that connection, so it is never replaced once made (PVA channels reconnect by themselves
 * when a server comes back). While no server answers, each command fails with that reason and the next one tries
 * to connect again.
 *
 * <p>Thread-safe: {@code client} is only touched on the sender thread; {@code pending} is concurrent.
 */
public final class PvaServerLink implements ServerLink {
    private static final Logger log = LoggerFactory.getLogger(PvaServerLink.class);

    private final String prefix;
    private final Duration timeout;
    private final ExecutorService sender;
    private final Map<String, CommandTicket> pending = new ConcurrentHashMap<>();
    private final AutoCloseable repliesMonitor;
    private final String idPrefix;
    private final AtomicLong ids = new AtomicLong();
    private CommandClient client; // sender thread only
    private volatile boolean closed;

    /**
     * @param pvs     the GUI's PV access, for the reply monitor
     * @param prefix  comm PV prefix
     * @param timeout how long one command may take to be delivered and decided
     */
    public PvaServerLink(PvSource pvs, String prefix, Duration timeout) {
        this.prefix = prefix;
        this.timeout = timeout;
        this.idPrefix = "gui" + ProcessHandle.current().pid() + "-"
                + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000)) + "-";
        this.sender = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "gui-commands");
            t.setDaemon(true);
            return t;
        });
        this.repliesMonitor = pvs.monitor(prefix + CommPvNames.COMMAND_REPLIES, this::onReplies);
    }

    @Override
    public String commPrefix() {
        return prefix;
    }

    @Override
    public CommandTicket send(CommandChannel channel, String function, Object... args) {
        CommandRequest request = CommandRequest.of(idPrefix + ids.incrementAndGet(), function, args);
        CommandTicket ticket = new CommandTicket(request.id(), function, new CompletableFuture<>(), new CompletableFuture<>());
        pending.put(request.id(), ticket);
        try {
            sender.execute(() -> deliver(channel, request, ticket));
        } catch (RejectedExecutionException e) {
            fail(ticket, new IllegalStateException("the GUI is shutting down; " + function + " was not sent"));
        }
        return ticket;
    }

    private void deliver(CommandChannel channel, CommandRequest request, CommandTicket ticket) {
        if (closed) {
            fail(ticket, new IllegalStateException("the GUI closed before " + request.function() + " was sent"));
            return;
        }
        try {
            CommandReply decision = connected().send(channel, request, timeout);
            ticket.decision().complete(decision);
            if (decision.phase().isFinal()) {
                finish(ticket, decision);
            }
        } catch (RuntimeException e) {
            log.warn("Command {} ({}) not delivered: {}", request.function(), request.id(), e.getMessage());
            fail(ticket, e);
        }
    }

    private CommandClient connected() {
        if (client == null) {
            client = CommandClient.connect(prefix, timeout);
        }
        return client;
    }

    private void onReplies(PvValue value) {
        for (String json : value.strings()) {
            CommandReply reply;
            try {
                reply = CommandReply.fromJson(json);
            } catch (RuntimeException e) {
                log.debug("Unreadable command reply {}: {}", json, e.getMessage());
                continue;
            }
            CommandTicket ticket = pending.get(reply.id());
            if (ticket == null) {
                continue;
            }
            if (!reply.phase().isFinal()) {
                ticket.decision().complete(reply);
            } else {
                ticket.decision().complete(reply);
                finish(ticket, reply);
            }
        }
    }

    private void finish(CommandTicket ticket, CommandReply reply) {
        pending.remove(ticket.id());
        ticket.completion().complete(reply);
    }

    private void fail(CommandTicket ticket, Throwable why) {
        pending.remove(ticket.id());
        ticket.decision().completeExceptionally(why);
        ticket.completion().completeExceptionally(why);
    }

    private void closeClient() {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            repliesMonitor.close();
        } catch (Exception e) {
            log.debug("Closing the reply monitor: {}", e.toString());
        }
        try {
            sender.execute(this::closeClient);
        } catch (RejectedExecutionException e) {
            // already closed
        }
        sender.shutdown();
        pending.values().forEach(t -> fail(t, new IllegalStateException("the GUI closed before the server answered")));
    }
}
