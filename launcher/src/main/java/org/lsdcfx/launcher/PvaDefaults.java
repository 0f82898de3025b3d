package org.lsdcfx.launcher;

import org.lsdcfx.daq.PvaNetwork;

/**
 * The PVAccess ports the launcher uses when the environment does not say otherwise. The daq server takes EPICS'
 * standard ports; the simulated beamline started beside it takes its own pair, because two servers on one host need
 * different UDP ports (loopback has no multicast to share one). Clients then search both on 127.0.0.1.
 */
final class PvaDefaults {
    static final int DAQ_TCP = 5075;
    static final int DAQ_UDP = 5076;
    static final int SIM_TCP = 5085;
    static final int SIM_UDP = 5086;

    private PvaDefaults() {
    }

    /** True when the user configured PVA through the environment: then the launcher keeps out of the way. */
    static boolean environmentConfigured() {
        String list = System.getenv("EPICS_PVA_ADDR_LIST");
        return list != null && !list.isBlank();
    }

    /** The daq server on loopback, its clients also searching the simulator's port. */
    static PvaNetwork daqLoopback(PvaPortOptions ports) {
        return PvaNetwork.loopback(ports.daqTcp, ports.daqUdp, ports.simUdp);
    }
}
