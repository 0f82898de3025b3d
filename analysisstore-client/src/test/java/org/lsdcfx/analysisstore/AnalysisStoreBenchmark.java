package org.lsdcfx.analysisstore;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.store.test.EmbeddedMongo;

/** Prints result store/read times (not run by the build; {@code -Dtest=AnalysisStoreBenchmark}). */
class AnalysisStoreBenchmark {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    @Test
    void figures() {
        AnalysisStore store = new AnalysisStore(mongo.connection(), Clock.systemUTC(), "amx");
        store.createIndexes();
        RasterResult raster = grid(31, 21);
        ResultContext ctx = ResultContext.forRequest("bench", "s1", "r1", 1);
        for (int i = 0; i < 20; i++) {
            store.create(ctx, ResultTypes.RASTER_RESULT, raster).uid();
        }
        int n = 200;
        long t = System.nanoTime();
        String uid = null;
        for (int i = 0; i < n; i++) {
            uid = store.create(ctx, ResultTypes.RASTER_RESULT, raster).uid();
        }
        report("create rasterResult 31x21 (651 cells)", t, n);
        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            store.get(uid).payload(ResultTypes.RASTER_RESULT);
        }
        report("get + decode rasterResult 31x21", t, n);
        n = 1000;
        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            store.create(ResultContext.forRequest("bench", "s2", "r" + i, 1), ResultTypes.SNAPSHOT_RESULT,
                    Payloads.snapshot());
        }
        report("create snapshotResult", t, n);
        t = System.nanoTime();
        for (int i = 0; i < n; i++) {
            store.latest("r" + i, "snapshotResult");
        }
        report("latest(request, type) among " + (n + 220) + " results", t, n);
    }

    private static RasterResult grid(int cols, int rows) {
        List<RasterCell> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                cells.add(new RasterCell(i, r, c, new RasterCell.Position(c * 10.0, r * 10.0, 5.0, 90.0),
                        "/data/x_Raster_1_master.h5", i + 1, new RasterCell.Scores(i % 97, i % 89, 1.5 + i % 7, i * 3.5)));
            }
        }
        return new RasterResult("raster-req", rows, cols, cells);
    }

    private static void report(String what, long t0, int n) {
        System.out.printf("%-50s %10.1f µs/op%n", what, (System.nanoTime() - t0) / 1000.0 / n);
    }
}
