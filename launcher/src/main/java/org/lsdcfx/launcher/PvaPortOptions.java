package org.lsdcfx.launcher;

import picocli.CommandLine.Option;

/** PVAccess ports of the daq server and of the simulated beamline started beside it. */
final class PvaPortOptions {
    @Option(names = "--pva-port", description = "PVA TCP port of the daq server's comm PVs (default: ${DEFAULT-VALUE})")
    int daqTcp = PvaDefaults.DAQ_TCP;

    @Option(names = "--pva-udp-port", description = "PVA UDP search port of the daq server (default: ${DEFAULT-VALUE})")
    int daqUdp = PvaDefaults.DAQ_UDP;

    @Option(names = "--sim-pva-port", description = "PVA TCP port of the simulated beamline (default: ${DEFAULT-VALUE})")
    int simTcp = PvaDefaults.SIM_TCP;

    @Option(names = "--sim-pva-udp-port", description = "PVA UDP search port of the simulated beamline (default: ${DEFAULT-VALUE})")
    int simUdp = PvaDefaults.SIM_UDP;
}
