package org.lsdcfx.gui.request;

import java.util.List;
import org.lsdcfx.amostra.RequestObjBuilder;
import org.lsdcfx.gui.model.SampleSlot;

/**
 * The data location preview: where the next request's files go, LSDC's
 * {@code <basePath>/<visit>/<prefix>/<runNum>/<puck>_<pin>/} with the sample's next run number. Pure.
 */
public final class DataLocation {
    private DataLocation() {
    }

    /**
     * @param prefix the form's data prefix; blank means each sample's name
     */
    public static String preview(String basePath, String visitName, String prefix, List<SampleSlot> samples) {
        if (basePath == null || basePath.isBlank()) {
            return "(no visit directory set)";
        }
        if (samples.isEmpty()) {
            return "Select a sample in the dewar tree";
        }
        SampleSlot s = samples.get(0);
        String p = prefix == null || prefix.isBlank() ? s.name() : prefix.trim();
        String dir = RequestObjBuilder.directory(basePath, visitName, p, s.sample().requestCount() + 1, s.puckName(), s.pin());
        return samples.size() == 1 ? dir : dir + "  (+ " + (samples.size() - 1) + " more sample"
                + (samples.size() > 2 ? "s" : "") + ", each in its own directory)";
    }
}
