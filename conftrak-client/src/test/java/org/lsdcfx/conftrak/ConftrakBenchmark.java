package org.lsdcfx.conftrak;

import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.conftrak.key.RequestDefaultKeys;
import org.lsdcfx.conftrak.key.SampleHandlingKeys;
import org.lsdcfx.store.test.EmbeddedMongo;

/**
 * Prints per-operation times against the embedded store (not run by the build; {@code -Dtest=ConftrakBenchmark}).
 * No assertions on time: the figures are for the report.
 */
class ConftrakBenchmark {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void figures() {
        Conftrak c = new Conftrak(mongo.connection(), Clock.systemUTC(), "amx");
        c.createIndexes();
        long t = System.nanoTime();
        int seeded = c.storeDefaults("bench").size();
        report("storeDefaults (" + seeded + " keys)", t, 1);

        warm(c);
        int n = 2000;
        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            c.get(SampleHandlingKeys.QUEUE_COLLECT);
        }
        report("get(queueCollect)", t, n);

        n = 1000;
        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            c.set(RequestDefaultKeys.STD_TRANS, (i % 2 == 0) ? 0.2 : 0.3, "bench");
        }
        report("set(stdTrans) changing value, with revision", t, n);

        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            c.set(RequestDefaultKeys.STD_TRANS, 0.3, "bench");
        }
        report("set(stdTrans) unchanged (no write)", t, n);

        n = 500;
        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            c.screenDefaults();
        }
        report("screenDefaults()", t, n);

        n = 200;
        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            c.allParams();
        }
        report("allParams() (" + c.allParams().size() + " keys)", t, n);

        n = 50;
        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            c.history("stdTrans");
        }
        report("history(stdTrans) (" + c.history("stdTrans").size() + " revisions)", t, n);
    }

    private static void warm(Conftrak c) {
        for (int i = 0; i < 300; i++) {
            c.get(RequestDefaultKeys.STD_TRANS);
            c.set(RequestDefaultKeys.SCREEN_DEFAULT_TIME, i % 2 == 0 ? 0.02 : 0.03, "warm");
        }
    }

    private static void report(String what, long t0, int n) {
        double us = (System.nanoTime() - t0) / 1000.0 / n;
        System.out.printf("%-50s %10.1f µs/op%n", what, us);
    }
}
