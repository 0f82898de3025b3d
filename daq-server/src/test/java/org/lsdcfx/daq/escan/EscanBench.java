package org.lsdcfx.daq.escan;

import java.time.Clock;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.daq.routine.ProtocolRegistry;
import org.lsdcfx.daq.routine.escan.EnergyScanProtocols;
import org.lsdcfx.daq.routine.escan.EnergyScanSettings;
import org.lsdcfx.daq.test.DaqTestBed;
import org.lsdcfx.daq.test.PvReader;
import org.lsdcfx.daq.test.SimHost;
import org.lsdcfx.mxtools.profile.Descriptors;
import org.lsdcfx.store.StoreConnection;

/**
 * Shared set-up of the energy-scan tests: a daq server beside a simulated beamline with the energy-scan protocols
 * registered, and reads of the simulator's own PVs (shutter, governor) over PVA.
 */
final class EscanBench {
    private EscanBench() {
    }

    /** Settings that let a scan move the monochromator anywhere in its range. */
    static EnergyScanSettings farMoves(SimHost sim) {
        return EnergyScanSettings.fromProfile(sim.profile()).withMaxEnergyMoveEv(20000);
    }

    /** LSDC's policy: no scan more than 20 eV from the current energy. */
    static EnergyScanSettings lsdcPolicy(SimHost sim) {
        // LSDC's rule, whatever the profile allows (the SIM profile allows far moves).
        return EnergyScanSettings.fromProfile(sim.profile()).withMaxEnergyMoveEv(20);
    }

    static DaqTestBed start(StoreConnection store, SimHost sim, EnergyScanSettings settings) {
        ProtocolRegistry protocols = new ProtocolRegistry();
        EnergyScanProtocols.registerAll(protocols, settings);
        return DaqTestBed.builder(store).simulator(sim).staff(DaqTestBed.ME).protocols(protocols).start();
    }

    static AnalysisStore results(StoreConnection store) {
        return new AnalysisStore(store, Clock.systemUTC(), "sim");
    }

    /** The fast shutter's readback: 0 closed, 1 open. */
    static int shutter(DaqTestBed bed, SimHost sim) {
        try (PvReader pv = new PvReader(bed.pva(), "")) {
            return pv.integer(sim.profile().pv(Descriptors.FAST_SHUTTER_STATE));
        }
    }

    /** The governor's state as its PV says. */
    static String governor(DaqTestBed bed, SimHost sim) {
        try (PvReader pv = new PvReader(bed.pva(), "")) {
            return pv.string(sim.profile().governor().pvPrefix() + "Sts:State-I");
        }
    }

    static double energy(SimHost sim) {
        return sim.sim().controls().motorPosition(Descriptors.ENERGY);
    }
}
