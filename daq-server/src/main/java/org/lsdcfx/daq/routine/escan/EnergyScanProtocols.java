package org.lsdcfx.daq.routine.escan;

import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.mxtools.profile.BeamlineProfile;

/**
 * The one entry point the launcher calls to run energy scans: registers {@code eScan} ({@link EnergyScanProtocol}) and
 * {@code xrfSpectrum} ({@link XrfSpectrumProtocol}) sharing one set of shipped tables.
 *
 * <pre>
 * ProtocolRegistry protocols = new ProtocolRegistry();
 * EnergyScanProtocols.registerAll(protocols, profile);                       // policy from the profile's extras
 * // or, explicitly allowing far monochromator moves:
 * EnergyScanProtocols.registerAll(protocols, EnergyScanSettings.fromProfile(profile).withMaxEnergyMoveEv(20000));
 * </pre>
 *
 * The commands {@code queueEnergyScan} and {@code createMadRequests} are part of every daq server (they refuse
 * to queue a scan when {@code eScan} is not registered).
 */
public final class EnergyScanProtocols {
    private EnergyScanProtocols() {
    }

    /** Registers both protocols with the settings the profile's extras give ({@link EnergyScanSettings#fromProfile}). */
    public static void registerAll(ProtocolRegistry registry, BeamlineProfile profile) {
        registerAll(registry, EnergyScanSettings.fromProfile(profile));
    }

    /**
     * @throws IllegalArgumentException if {@code eScan} or {@code xrfSpectrum} is already registered
     */
    public static void registerAll(ProtocolRegistry registry, EnergyScanSettings settings) {
        EdgeCatalog catalog = EdgeCatalog.fromClasspath();
        registry.register(new EnergyScanProtocol(catalog, settings));
        registry.register(new XrfSpectrumProtocol(catalog, settings));
    }
}
