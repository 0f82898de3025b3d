package org.lsdcfx.daq.routine.escan;

import org.lsdcfx.analysis.escan.ChoochAnalysis;
import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.mxtools.profile.BeamlineProfile;

/**
 * LSDC's {@code eScan}: a fluorescence energy scan across an absorption edge with the Chooch-equivalent analysis
 * (see {@link EnergyScanRoutine}). Stateless and thread-safe: per-request state lives in the routine.
 */
public final class EnergyScanProtocol implements Protocol {
    /** LSDC's protocol name. */
    public static final String NAME = "eScan";

    private final EdgeCatalog catalog;
    private final EnergyScanSettings settings;
    private final ChoochAnalysis chooch;

    public EnergyScanProtocol(EdgeCatalog catalog, EnergyScanSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
        this.chooch = new ChoochAnalysis(catalog.tables(), settings.chooch());
    }

    /** The checks this protocol applies, for the command guard ({@code queueEnergyScan}); cheap, memory only. */
    public EnergyScanRules rules(BeamlineProfile profile) {
        return new EnergyScanRules(catalog, settings, profile);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "fluorescence energy scan across an absorption edge with the Chooch-equivalent f'/f'' analysis";
    }

    @Override
    public Routine create(RoutineRequest request) {
        return new EnergyScanRoutine(request, catalog, settings, chooch);
    }
}
