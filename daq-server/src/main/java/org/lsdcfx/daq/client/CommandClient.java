package org.lsdcfx.daq.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.epics.pva.client.PVAChannel;
import org.epics.pva.client.PVAClient;
import org.epics.pva.data.PVAStringArray;
import org.epics.pva.data.PVAStructure;
import org.lsdcfx.daq.comm.CommPvNames;
import org.lsdcfx.device.pva.SearchRounds;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.CommandRequest;

/**
 * Sends LSDC commands to a daq server over PVA and returns the server's replies: puts the JSON on
 * {@code command_s} or {@code immediate_command_s} (with put-callback, so the put completes once the server has
 * decided), then finds the reply with the command's id in {@code command_replies}. Used by {@code ./lsdc cmd},
 * the GUI and tests.
 *
 * <p>Replies are matched through the {@code command_replies} history rather than {@code command_reply} alone:
 * core-pva merges monitor updates that come quickly one after another, so a single-value PV could skip a reply.
 *
 * <p>The client has a PVA connection of its own that carries no standing monitor: the core-pva server does not
 * set TCP_NODELAY, so a monitor update sent just before a put's answer on the same connection delays that answer
 * by about 40 ms (Nagle against delayed ACK, STACK.md §2). It subscribes to {@code command_replies} only while
 * waiting for a command to finish.
 *
 * <p>Thread-safe; several threads may send at once.
 */
public final class CommandClient implements AutoCloseable {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** How long a wait for a reply trusts the monitor alone before it reads {@code command_replies} again. */
    private static final Duration REREAD = Duration.ofMillis(500);

    private final PVAClient client;
    private final PVAChannel serialPv;
    private final PVAChannel immediatePv;
    private final PVAChannel repliesPv;
    private final String idPrefix;
    private final AtomicLong counter = new AtomicLong();
    private final Object lock = new Object();
    private String[] latest = new String[0]; // guarded by lock; the last command_replies value seen

    /**
     * Connects to the command PVs of the server at {@code commPrefix}, with this JVM's PVA settings.
     *
     * @throws CommandClientException if no server answers within {@code timeout}
     */
    public static CommandClient connect(String commPrefix, Duration timeout) {
        PVAClient own;
        try {
            own = new PVAClient();
        } catch (Exception e) {
            throw new CommandClientException("Cannot create a PVA client: " + e.getMessage(), e);
        }
        try {
            return new CommandClient(own, commPrefix, timeout);
        } catch (RuntimeException e) {
            own.close();
            throw e;
        }
    }

    private CommandClient(PVAClient client, String commPrefix, Duration timeout) {
        this.client = client;
        this.idPrefix = "c" + ProcessHandle.current().pid() + "-" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000)) + "-";
        long deadline = System.nanoTime() + timeout.toNanos();
        List<PVAChannel> connected = new ArrayList<>();
        try {
            for (String suffix : List.of(CommPvNames.COMMAND_S, CommPvNames.IMMEDIATE_COMMAND_S, CommPvNames.COMMAND_REPLIES)) {
                Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
                connected.add(SearchRounds.connect(client, commPrefix + suffix, null, left));
            }
            remember(connected.get(2).read("").get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (Exception e) {
            connected.forEach(PVAChannel::close);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new CommandClientException("No daq server answers on comm prefix " + commPrefix + " within "
                    + timeout.toMillis() + " ms (" + e + ")", e);
        }
        this.serialPv = connected.get(0);
        this.immediatePv = connected.get(1);
        this.repliesPv = connected.get(2);
    }

    /** A new id unique to this client, for {@link CommandRequest#id()}. */
    public String newId() {
        return idPrefix + counter.incrementAndGet();
    }

    /** A request with a fresh id. */
    public CommandRequest request(String function, Object... args) {
        return CommandRequest.of(newId(), function, args);
    }

    /** Sends on {@code command_s} and returns the decision (accepted or rejected). */
    public CommandReply send(String function, Object... args) {
        return send(CommandChannel.SERIAL, request(function, args), DEFAULT_TIMEOUT);
    }

    /** Sends on {@code immediate_command_s} and returns the decision (accepted or rejected). */
    public CommandReply sendImmediate(String function, Object... args) {
        return send(CommandChannel.IMMEDIATE, request(function, args), DEFAULT_TIMEOUT);
    }

    /**
     * Sends a command and returns the server's decision: {@link CommandReply.Phase#ACCEPTED} or
     * {@link CommandReply.Phase#REJECTED} (with the reason).
     *
     * @throws CommandClientException if the put or the reply did not arrive within {@code timeout}
     */
    public CommandReply send(CommandChannel channel, CommandRequest request, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String putFailure = put(channel, request.toJson(), timeout);
        return awaitReply(request.id(), r -> true, deadline)
                .orElseThrow(() -> new CommandClientException("No reply to " + request.function() + " (id " + request.id()
                        + ") within " + timeout.toMillis() + " ms" + (putFailure == null ? "" : "; the put failed: " + putFailure), null));
    }

    /**
     * Sends a command and waits for its final reply: rejected, or done/failed after it ran.
     *
     * @throws CommandClientException if no final reply arrived within {@code timeout}
     */
    public CommandReply call(CommandChannel channel, CommandRequest request, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        CommandReply decision = send(channel, request, timeout);
        if (decision.phase().isFinal()) {
            return decision;
        }
        return awaitFinal(request.id(), Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
    }

    /** Waits for the final reply of a command sent earlier (subscribing to {@code command_replies} meanwhile). */
    public CommandReply awaitFinal(String id, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Predicate<CommandReply> isFinal = r -> r.phase().isFinal();
        refresh(deadline);
        synchronized (lock) {
            Optional<CommandReply> done = find(id, isFinal);
            if (done.isPresent()) {
                return done.get();
            }
        }
        java.util.concurrent.CountDownLatch subscribed = new java.util.concurrent.CountDownLatch(1);
        AutoCloseable subscription;
        try {
            subscription = repliesPv.subscribe("", (ch, changes, overruns, data) -> {
                if (data != null) {
                    remember(data);
                    subscribed.countDown();
                }
            });
        } catch (Exception e) {
            throw new CommandClientException("Cannot follow command " + id + ": " + e.getMessage(), e);
        }
        try {
            // A reply published before the server registered the subscription would be missed; once the first
            // update has arrived the subscription is registered, and a read then covers everything before it. That
            // first update can itself be lost (STACK.md §2, gotcha 1), so this wait is short and awaitReply re-reads.
            subscribed.await(Math.min(Math.max(0, deadline - System.nanoTime()), REREAD.toNanos()), TimeUnit.NANOSECONDS);
            return awaitReply(id, isFinal, deadline)
                    .orElseThrow(() -> new CommandClientException("Command " + id + " did not finish within " + timeout.toMillis() + " ms", null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandClientException("Interrupted while waiting for command " + id, e);
        } finally {
            try {
                subscription.close();
            } catch (Exception e) {
                // the channel is closing anyway
            }
        }
    }

    /**
     * Puts raw text on a command PV (for tools and tests that send what they like).
     *
     * @return true if the server accepted it (the put succeeded), false if it refused it
     */
    public boolean putRaw(CommandChannel channel, String text, Duration timeout) {
        return put(channel, text, timeout) == null;
    }

    /** The replies the server keeps in {@code command_replies}, oldest first, as last seen. */
    public List<CommandReply> recentReplies() {
        synchronized (lock) {
            return Arrays.stream(latest).map(CommandReply::fromJson).toList();
        }
    }

    /** @return null if the server accepted the put, else the PVA error (a refusal shows as "Write failed") */
    private String put(CommandChannel channel, String text, Duration timeout) {
        PVAChannel pv = channel == CommandChannel.SERIAL ? serialPv : immediatePv;
        try {
            pv.write(true, "value", text).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause() == null ? e.toString() : e.getCause().getMessage();
        } catch (TimeoutException e) {
            throw new CommandClientException("The put to " + pv.getName() + " did not complete within " + timeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CommandClientException("Interrupted while sending to " + pv.getName(), e);
        } catch (Exception e) {
            throw new CommandClientException("Cannot put to " + pv.getName() + ": " + e.getMessage(), e);
        }
    }

    /** The first reply for {@code id} that {@code wanted} accepts, waiting for monitor updates until the deadline. */
    private Optional<CommandReply> awaitReply(String id, Predicate<CommandReply> wanted, long deadline) {
        refresh(deadline); // the decision reply is published before the put completes; a read always sees it
        while (true) {
            long sliceEnd = Math.min(deadline, System.nanoTime() + REREAD.toNanos());
            synchronized (lock) {
                while (true) {
                    Optional<CommandReply> found = find(id, wanted);
                    long left = sliceEnd - System.nanoTime();
                    if (found.isPresent() || (left <= 0 && sliceEnd == deadline)) {
                        return found;
                    }
                    if (left <= 0) {
                        break;
                    }
                    try {
                        TimeUnit.NANOSECONDS.timedWait(lock, left);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return Optional.empty();
                    }
                }
            }
            // no update in a while: read, in case a monitor update was lost (never hold the lock while reading)
            refresh(deadline);
        }
    }

    private Optional<CommandReply> find(String id, Predicate<CommandReply> wanted) {
        for (String json : latest) {
            CommandReply r = CommandReply.fromJson(json);
            if (r.id().equals(id) && wanted.test(r)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private void refresh(long deadline) {
        long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
        try {
            remember(repliesPv.read("").get(left, TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // the monitor may still deliver; the caller's deadline decides
        }
    }

    private void remember(PVAStructure data) {
        PVAStringArray value = data.get("value");
        if (value == null) {
            return;
        }
        synchronized (lock) {
            latest = value.get().clone();
            lock.notifyAll();
        }
    }

    private void closeChannels() {
        for (PVAChannel ch : new PVAChannel[] {serialPv, immediatePv, repliesPv}) {
            ch.close();
        }
    }

    @Override
    public void close() {
        closeChannels();
        client.close();
    }
}
