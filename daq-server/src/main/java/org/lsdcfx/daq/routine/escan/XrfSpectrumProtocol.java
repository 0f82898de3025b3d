package org.lsdcfx.daq.routine.escan;

import org.lsdcfx.analysis.xrf.DetectorResponse;
import org.lsdcfx.analysis.xrf.XrfIdentifier;
import org.lsdcfx.analysis.xrf.XrfIdentifierConfig;
import org.lsdcfx.daq.routine.Protocol;
import org.lsdcfx.daq.routine.Routine;
import org.lsdcfx.daq.routine.RoutineRequest;

/**
 * {@code xrfSpectrum}: one MCA spectrum at a fixed excitation energy with element identification from the
 * emission-line energies (analysis' {@link XrfIdentifier}, silicon-drift detector response), stored as an
 * {@code xrfSpectrum} result (see {@link XrfSpectrumRoutine}). Stateless and thread-safe.
 */
public final class XrfSpectrumProtocol implements Protocol {
    public static final String NAME = "xrfSpectrum";

    private final EdgeCatalog catalog;
    private final EnergyScanSettings settings;
    private final XrfIdentifier identifier;

    public XrfSpectrumProtocol(EdgeCatalog catalog, EnergyScanSettings settings) {
        this.catalog = catalog;
        this.settings = settings;
        this.identifier = new XrfIdentifier(catalog.lines(), DetectorResponse.siliconDrift(), XrfIdentifierConfig.defaults());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "one fluorescence spectrum at a fixed energy with element identification";
    }

    @Override
    public Routine create(RoutineRequest request) {
        return new XrfSpectrumRoutine(request, catalog, settings, identifier);
    }
}
