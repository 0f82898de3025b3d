package org.lsdcfx.daq.routine.collect;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.daq.dataset.DatasetService;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.datafiles.layout.DataDirectory;
import org.lsdcfx.datafiles.layout.DataLayoutException;

/**
 * Where a request's dataset goes: a new run directory claimed through the layout, or, for a request that already has
 * a dataset (re-queued after an abort, a beam loss or a crash), the directory of that dataset, which must still lie
 * inside the visit. The request's {@code directory} and {@code runNum} are written back.
 *
 * @param directory the data directory (inside the visit)
 * @param master    the master file of the request's (main) dataset
 * @param resuming  true when the master exists already (the dataset is continued, never restarted)
 */
record DataTarget(Path directory, Path master, boolean resuming) {

    /**
     * @param prefix    file prefix of the main dataset (the request's)
     * @param sequence  file number of the main dataset
     * @param mayResume whether the request's recorded dataset is resumed (and a new one recorded on the request)
     * @throws CollectionException when the location is refused (path outside the visit, bad prefix, run taken with
     *                             the fail policy, ...)
     */
    static DataTarget resolve(RoutineContext ctx, DatasetService datasets, String prefix, int sequence, int frames,
                              boolean mayResume) throws CollectionException {
        RoutineRequest r = ctx.request();
        RequestObj obj = r.requestObj();
        Path visit = ctx.services().visitDirectory();
        Object record = obj.getBlock(RequestRecords.DATASET).get("master");
        try {
            if (mayResume && record instanceof String recorded && !recorded.isBlank()) {
                Path master = Path.of(recorded);
                Path dir = datasets.existingDirectory(visit, obj.optString(RequestKeys.VISIT_NAME).orElse(null),
                        master.getParent().toString());
                Path confined = dir.resolve(master.getFileName());
                if (Files.isRegularFile(confined)) {
                    if (!confined.getFileName().equals(DatasetService.masterFile(dir, prefix, sequence).getFileName())) {
                        throw new CollectionException("the request's file prefix or number changed since its dataset "
                                + confined + " was started; it cannot be resumed under another name");
                    }
                    return new DataTarget(dir, confined, true);
                }
            }
            int run = (int) Math.min(Integer.MAX_VALUE, ctx.services().amostra().samples().nextRunNumber(r.sample().uid()));
            DataDirectory claimed = datasets.claimDirectory(visit, obj, r.location(), run);
            Path master = DatasetService.masterFile(claimed.directory(), prefix, sequence);
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put(RequestKeys.DIRECTORY, claimed.directory() + "/");
            changes.put(RequestKeys.RUN_NUM, claimed.runNumber());
            if (mayResume) { // the record that lets a re-queued request find its dataset again
                changes.put(RequestRecords.DATASET, RequestRecords.dataset(master.toString(), "in_progress", 0, frames));
            }
            RequestRecords.update(ctx.services().amostra(), r.uid(), changes);
            if (claimed.run().moved()) {
                ctx.message("run " + claimed.run().requestedRun() + " of " + prefix + " exists; using run "
                        + claimed.runNumber() + " (" + claimed.directory() + ")");
            }
            return new DataTarget(claimed.directory(), master, false);
        } catch (DataLayoutException e) {
            throw new CollectionException("the data location is refused (" + e.refusal() + "): " + e.getMessage(), e);
        }
    }
}
