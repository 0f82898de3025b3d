package org.lsdcfx.daq.test;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.lsdcfx.daq.client.CommandClient;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.CommandRequest;

/** Short forms for tests: send a command over PVA and check how it ended. */
public final class Calls {
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Calls() {
    }

    /** Sends on {@code command_s}, waits for the final reply and checks it is "done". */
    public static CommandReply done(CommandClient client, String function, Object... args) {
        return expect(client, CommandChannel.SERIAL, CommandReply.Phase.DONE, client.request(function, args));
    }

    /** Sends on {@code immediate_command_s}, waits for the final reply and checks it is "done". */
    public static CommandReply doneImmediate(CommandClient client, String function, Object... args) {
        return expect(client, CommandChannel.IMMEDIATE, CommandReply.Phase.DONE, client.request(function, args));
    }

    /** Sends on {@code command_s} and checks it was rejected; returns the reason. */
    public static String rejected(CommandClient client, String function, Object... args) {
        return expect(client, CommandChannel.SERIAL, CommandReply.Phase.REJECTED, client.request(function, args)).reason();
    }

    public static String rejectedImmediate(CommandClient client, String function, Object... args) {
        return expect(client, CommandChannel.IMMEDIATE, CommandReply.Phase.REJECTED, client.request(function, args)).reason();
    }

    /** Sends and checks it was accepted but then failed; returns the reason. */
    public static String failed(CommandClient client, String function, Object... args) {
        return expect(client, CommandChannel.SERIAL, CommandReply.Phase.FAILED, client.request(function, args)).reason();
    }

    public static CommandReply expect(CommandClient client, CommandChannel channel, CommandReply.Phase phase, CommandRequest request) {
        CommandReply reply = client.call(channel, request, TIMEOUT);
        assertEquals(phase, reply.phase(), () -> request.function() + " ended " + reply.phase() + ": " + reply.reason());
        assertEquals(request.id(), reply.id());
        return reply;
    }
}
