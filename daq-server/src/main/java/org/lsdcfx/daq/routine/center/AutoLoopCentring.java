package org.lsdcfx.daq.routine.center;

import java.util.Map;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.daq.queue.RequestQueueWalker;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.store.ConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code centeringOption} "AutoLoop": optical loop centring ({@link LoopCentring}), then LSDC's
 * {@code sample_detection} record written into the request's {@code request_obj} (re-read and retried when someone
 * edited the request meanwhile; only that key changes) and a line on {@code message_string}. A failure leaves the
 * request untouched and says why. Stateless; runs on the routine's thread.
 */
public final class AutoLoopCentring implements AutoCentring {
    public static final String OPTION = "AutoLoop";
    private static final Logger log = LoggerFactory.getLogger(AutoLoopCentring.class);
    private static final int ATTEMPTS = 5;
    private final LoopCentring loop;

    public AutoLoopCentring(LoopCentring loop) {
        this.loop = loop;
    }

    @Override
    public String option() {
        return OPTION;
    }

    @Override
    public void centre(RoutineContext ctx) throws Exception {
        LoopBox box = loop.centre(ctx);
        SampleDetection detection = SampleDetection.of(box);
        record(ctx.services().amostra(), ctx.request().uid(), detection.fields());
        ctx.message(String.format(java.util.Locale.ROOT,
                "AutoLoop: %s centred, loop %.0f x %.0f um face-on at omega %.1f", ctx.request().sample().name(),
                box.widthUm(), box.faceOnHeightUm(), box.faceOnOmega()));
    }

    private static void record(Amostra amostra, String uid, Map<String, Object> fields) {
        ConflictException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            Request r = amostra.requests().get(uid);
            try {
                amostra.requests().update(uid, r.version(),
                        r.requestObj().withAll(Map.of(SampleDetection.KEY, fields)), RequestQueueWalker.WHO);
                return;
            } catch (ConflictException e) {
                last = e;
            }
        }
        log.warn("request {}: sample_detection not recorded after {} attempts: {}", uid, ATTEMPTS, last.getMessage());
    }
}
