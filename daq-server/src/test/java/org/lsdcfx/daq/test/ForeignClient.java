package org.lsdcfx.daq.test;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.lsdcfx.daq.client.CommandClient;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.daq.command.CommandRequest;

/**
 * A GUI-like client in its own JVM (so with its own PVA identity: run it with {@code -Duser.name=alice}). Reads
 * lines "S|I function [json args]" from stdin, sends each command and prints the final reply as JSON; stays
 * connected until stdin closes. Used by {@link ForeignProcess}.
 */
public final class ForeignClient {
    private ForeignClient() {
    }

    public static void main(String[] args) throws Exception {
        // stdout carries the protocol only: anything else (logging, logback's own status lines) goes to stderr
        PrintStream protocol = System.out;
        System.setOut(System.err);
        ObjectMapper json = new ObjectMapper();
        try (CommandClient client = CommandClient.connect(args[0], Duration.ofSeconds(10));
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            protocol.println("ready");
            protocol.flush();
            String line;
            while ((line = in.readLine()) != null) {
                String[] parts = line.split(" ", 3);
                CommandChannel channel = parts[0].equals("I") ? CommandChannel.IMMEDIATE : CommandChannel.SERIAL;
                List<?> callArgs = parts.length > 2 ? json.readValue(parts[2], List.class) : List.of();
                CommandRequest request = new CommandRequest(parts[1], List.copyOf(callArgs), null, client.newId());
                CommandReply reply = client.call(channel, request, Duration.ofSeconds(10));
                protocol.println(reply.toJson());
                protocol.flush();
            }
        }
    }
}
