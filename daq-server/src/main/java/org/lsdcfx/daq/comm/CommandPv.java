package org.lsdcfx.daq.comm;

import java.time.Clock;
import java.util.BitSet;
import org.epics.pva.common.TCPHandler;
import org.epics.pva.data.PVAString;
import org.epics.pva.data.PVAStructure;
import org.epics.pva.data.nt.PVAAlarm;
import org.epics.pva.data.nt.PVAScalar;
import org.epics.pva.data.nt.PVATimeStamp;
import org.epics.pva.server.PVAServer;
import org.epics.pva.server.ServerPV;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;

/**
 * A writable command PV ({@code command_s} or {@code immediate_command_s}): an NTScalar string. Each put is
 * handed to the {@link CommandSink} with the caller's identity; an accepted command becomes the PV's value, a
 * rejected one makes the put fail (core-pva 5.0.5 reports any handler exception to the client only as
 * "Write failed", so the reason itself goes out on {@code command_reply} and {@code message_string}).
 * Runs on the PVA server's threads; the sink must not block.
 */
public final class CommandPv {
    /** Thrown to fail the put; its message stays in the server log only. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final ServerPV pv;

    public CommandPv(PVAServer server, String name, CommandChannel channel, CallerResolver callers, CommandSink sink, Clock clock) {
        PVAStructure initial;
        try {
            initial = PVAScalar.stringScalarBuilder("").name(name).alarm(new PVAAlarm()).timeStamp(new PVATimeStamp(clock.instant())).build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot build an NTScalar", e);
        }
        this.pv = server.createPV(name, initial, (TCPHandler tcp, ServerPV target, BitSet changes, PVAStructure written) -> {
            PVAString value = written.get("value");
            String text = value == null ? null : value.get();
            CommandReply reply = sink.submit(channel, callers.resolve(tcp), text);
            if (!reply.accepted()) {
                throw new Refused(reply.reason());
            }
            PVATimeStamp.set(written, clock.instant());
            target.update(written);
        });
    }

    public void close() {
        pv.close();
    }
}
