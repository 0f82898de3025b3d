package org.lsdcfx.daq.autoraster;

import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.daq.routine.center.AutoCentrings;

/**
 * Test protocol "centreOnly": runs the automatic centring the request names in {@code centeringOption} and nothing
 * else, as LSDC's screening callers of {@code autoRasterLoop} do (a request with {@code osc_range} 0 collects nothing;
 * the standard protocol refuses such a request before it would centre).
 */
final class CentreOnlyProtocol implements Protocol {
    private final AutoCentrings centrings;

    CentreOnlyProtocol(AutoCentrings centrings) {
        this.centrings = centrings;
    }

    @Override
    public String name() {
        return "centreOnly";
    }

    @Override
    public String description() {
        return "test: automatic centring only";
    }

    @Override
    public Routine create(RoutineRequest request) {
        String option = request.requestObj().centeringOption();
        return ctx -> centrings.find(option).orElseThrow(() -> new IllegalArgumentException("no centring " + option))
                .centre(ctx);
    }
}
