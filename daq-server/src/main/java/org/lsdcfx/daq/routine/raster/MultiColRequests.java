package org.lsdcfx.daq.routine.raster;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.NewRequest;
import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysisstore.payload.RasterCell;

/**
 * LSDC's {@code addMultiRequestLocation}: a standard request per cell above the cutoff — a 5° wedge (parent
 * {@code sweep_start} ± 2.5°), the parent's width, exposure and distance, the cell's X/Y/Z saved as the centre,
 * {@code fastDP} on, directory {@code <parentDir>/multi_<cellIndex>}, priority 6000, {@code parentReqID} the raster.
 */
final class MultiColRequests {
    /** LSDC's default {@code diffCutoff}. */
    static final double DEFAULT_CUTOFF = 320;

    private MultiColRequests() {
    }

    static List<Request> create(Amostra amostra, Request parent, Path parentDir, List<RasterCell> cells) {
        RequestObj p = parent.requestObj();
        double start = p.sweepStart();
        List<Request> out = new ArrayList<>();
        for (RasterCell c : cells) {
            RequestObj obj = p.without(RequestKeys.RASTER_DEF).without(RequestKeys.MAX_RASTER)
                    .with(RequestKeys.PROTOCOL, "standard")
                    .with(RequestKeys.SWEEP_START, start - 2.5).with(RequestKeys.SWEEP_END, start + 2.5)
                    .with(RequestKeys.POS_X, c.position().x()).with(RequestKeys.POS_Y, c.position().y())
                    .with(RequestKeys.POS_Z, c.position().z())
                    .with(RequestKeys.FAST_DP, true)
                    .with(RequestKeys.DIRECTORY, parentDir.resolve("multi_" + c.index()).toString())
                    .with(RequestKeys.PARENT_REQ_ID, parent.uid());
            out.add(amostra.requests().create(new NewRequest(parent.sample(), parent.owner(), parent.proposalID(),
                    Priority.MULTI_CRYSTAL_CHILD, obj), RequestNotes.WHO));
        }
        return out;
    }
}
