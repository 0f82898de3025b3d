package org.lsdcfx.daq.routine.escan;

import java.util.Optional;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Container;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.amostra.RequestObjBuilder;
import org.lsdcfx.amostra.Sample;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.conftrak.key.VisitKeys;

/**
 * The file fields of a new request for a sample, as LSDC's GUI fills them: {@code basePath} (the visit directory),
 * {@code visit_name} (conftrak {@code visitName}, else LSDC's {@code mx<proposal>-1}), the puck name and pin of the
 * sample (for {@code directory}). Reads the store; used on the background command thread.
 *
 * @param basePath  the visit directory
 * @param visitName the visit name
 * @param puckName  name of the puck holding the sample
 * @param pin       position in the puck, 1-based
 */
record SamplePlace(String basePath, String visitName, String puckName, int pin) {
    /**
     * @throws IllegalArgumentException when the sample is in no puck or no visit name can be made
     */
    static SamplePlace of(Amostra amostra, Conftrak conftrak, String basePath, Sample sample) {
        Optional<Container> puck = amostra.containers().holderOf(sample.uid()).filter(Container::isPuck);
        if (puck.isEmpty()) {
            throw new IllegalArgumentException("sample " + sample.name() + " is not in a puck");
        }
        String visit = conftrak.get(VisitKeys.VISIT_NAME);
        if (visit == null || visit.isBlank()) {
            if (sample.proposalID() == null) {
                throw new IllegalArgumentException("no visit name: conftrak visitName is not set and sample " + sample.name()
                        + " has no proposal");
            }
            visit = "mx" + sample.proposalID() + "-1";
        }
        return new SamplePlace(basePath, visit, puck.get().name(), puck.get().positionOf(sample.uid()));
    }

    /** The same place with the base path and visit of an existing request (its MAD requests stay with it). */
    SamplePlace withRequestFiles(RequestObj obj) {
        return new SamplePlace(obj.optString(RequestKeys.BASE_PATH).orElse(basePath),
                obj.optString(RequestKeys.VISIT_NAME).orElse(visitName), puckName, pin);
    }

    /** Sets {@code basePath}, {@code visit_name}, {@code file_prefix}, {@code runNum} and {@code directory}. */
    RequestObjBuilder files(RequestObjBuilder builder, String filePrefix, long runNum) {
        return builder.files(basePath, visitName, filePrefix, runNum, puckName, pin);
    }
}
