package org.lsdcfx.daq.recovery;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up check for requests a previous server left running (it crashed, was killed or lost the store while a
 * routine ran). Each is marked interrupted with the reason, so that it is reported and not run again by itself
 * (a partial dataset may exist; a person re-queues it). Runs once, before the server accepts commands.
 */
public final class InterruptedRequestRecovery {
    /** A request found running and what became of it. */
    public record Recovered(String requestUid, String sampleUid, String protocol, String outcome) {
    }

    private static final Logger log = LoggerFactory.getLogger(InterruptedRequestRecovery.class);
    private final Amostra amostra;
    private final Clock clock;

    public InterruptedRequestRecovery(Amostra amostra, Clock clock) {
        this.amostra = amostra;
        this.clock = clock;
    }

    /** Marks every request left running as interrupted; returns them (empty when the last shutdown was clean). */
    public List<Recovered> recover(String who) {
        List<Recovered> out = new ArrayList<>();
        for (Request r : amostra.requests().running()) {
            String reason = "the daq server stopped while this request was running (found at start-up "
                    + Instant.now(clock) + "); it was not run again: check its data and re-queue it";
            try {
                amostra.requests().markInterrupted(r.uid(), reason, who);
                out.add(new Recovered(r.uid(), r.sample(), r.requestType(), "interrupted"));
                log.warn("Request {} (sample {}, {}) was left running by the previous server: marked interrupted",
                        r.uid(), r.sample(), r.requestType());
            } catch (RuntimeException e) { // changed meanwhile by someone else: report, carry on with the others
                out.add(new Recovered(r.uid(), r.sample(), r.requestType(), "not changed: " + e.getMessage()));
                log.warn("Request {} was left running but could not be marked interrupted: {}", r.uid(), e.getMessage());
            }
        }
        return out;
    }

    /** One sentence for {@code message_string} and the popup. */
    public static String describe(List<Recovered> recovered) {
        if (recovered.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder(recovered.size() == 1 ? "1 request was" : recovered.size() + " requests were");
        b.append(" left running by the previous daq server and marked interrupted (not re-run): ");
        for (int i = 0; i < recovered.size(); i++) {
            Recovered r = recovered.get(i);
            b.append(i == 0 ? "" : ", ").append(r.requestUid()).append(" (").append(r.protocol()).append(" on sample ")
                    .append(r.sampleUid()).append(')');
        }
        return b.toString();
    }
}
