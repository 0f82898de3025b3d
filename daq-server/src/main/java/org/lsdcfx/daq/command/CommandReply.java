package org.lsdcfx.daq.command;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The server's answer to one command, published as JSON on {@code command_reply} (and kept in the
 * {@code command_replies} history). Every command gets a decision reply ({@link Phase#ACCEPTED} or
 * {@link Phase#REJECTED}) before its PVA put completes; an accepted command later gets one final reply
 * ({@link Phase#DONE} or {@link Phase#FAILED}) with the same id.
 *
 * @param id       the command's id ("" if the text was not even a JSON object with an id)
 * @param function the command's function ("" if unknown)
 * @param accepted false only for {@link Phase#REJECTED}
 * @param reason   why it was rejected or failed, or what it did
 * @param phase    where the command is in its life
 * @param caller   {@code user@host} of the sender
 * @param time     epoch seconds of this reply
 */
public record CommandReply(String id, String function, boolean accepted, String reason, Phase phase, String caller,
                           double time) {

    /** Life of a command as seen on {@code command_reply}. */
    public enum Phase {
        ACCEPTED, REJECTED, DONE, FAILED;

        /** True for the replies that end a command's life (rejected, done, failed). */
        public boolean isFinal() {
            return this != ACCEPTED;
        }

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static Phase fromLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }

    public static CommandReply accepted(String id, String function, String caller, String what, double time) {
        return new CommandReply(id, function, true, what, Phase.ACCEPTED, caller, time);
    }

    public static CommandReply rejected(String id, String function, String caller, String reason, double time) {
        return new CommandReply(id, function, false, reason, Phase.REJECTED, caller, time);
    }

    public static CommandReply done(String id, String function, String caller, String what, double time) {
        return new CommandReply(id, function, true, what, Phase.DONE, caller, time);
    }

    public static CommandReply failed(String id, String function, String caller, String reason, double time) {
        return new CommandReply(id, function, true, reason, Phase.FAILED, caller, time);
    }

    /** This reply as one line of JSON. */
    public String toJson() {
        return CommandJson.write(this);
    }

    /** Parses a reply published by a server. */
    public static CommandReply fromJson(String json) {
        return CommandJson.read(json, CommandReply.class);
    }
}
