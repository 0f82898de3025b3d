package org.lsdcfx.conftrak.key;

import static org.lsdcfx.conftrak.key.ConfigArea.PROCESSING_NODES;
import static org.lsdcfx.conftrak.key.ConfigKey.text;

import java.util.List;

/**
 * Hosts and commands for spot finding and automatic processing (LSDC-REFERENCE §5.2 "processing nodes").
 * LSDC runs these over ssh; "localhost" runs them on the server's machine.
 */
public final class ProcessingNodeKeys {
    private ProcessingNodeKeys() {
    }

    public static final ConfigKey<String> SPOT_NODE_1 = node("spotNode1", "Spot-finding node 1");
    public static final ConfigKey<String> SPOT_NODE_2 = node("spotNode2", "Spot-finding node 2");
    public static final ConfigKey<String> SPOT_NODE_3 = node("spotNode3", "Spot-finding node 3");
    public static final ConfigKey<String> SPOT_NODE_4 = node("spotNode4", "Spot-finding node 4");
    public static final ConfigKey<String> SPOT_NODE_5 = node("spotNode5", "Spot-finding node 5");
    public static final ConfigKey<String> SPOT_NODE_6 = node("spotNode6", "Spot-finding node 6");
    public static final ConfigKey<String> SPOT_NODE_7 = node("spotNode7", "Spot-finding node 7");
    public static final ConfigKey<String> SPOT_NODE_8 = node("spotNode8", "Spot-finding node 8");
    public static final ConfigKey<String> FAST_DP_NODE_1 = node("fastDPNode1", "fast_dp node 1");
    public static final ConfigKey<String> FAST_DP_NODE_2 = node("fastDPNode2", "fast_dp node 2");
    public static final ConfigKey<String> FAST_DP_NODE_3 = node("fastDPNode3", "fast_dp node 3");
    public static final ConfigKey<String> FAST_DP_NODE_4 = node("fastDPNode4", "fast_dp node 4");
    public static final ConfigKey<String> DIMPLE_NODE = node("dimpleNode", "DIMPLE node");
    public static final ConfigKey<String> DIMPLE_COMM = text(PROCESSING_NODES, "dimpleComm", "dimple",
            "Command that runs DIMPLE");
    public static final ConfigKey<String> DIALS_COMM = text(PROCESSING_NODES, "dialsComm", "dials.find_spots",
            "Command that runs DIALS spot finding");
    public static final ConfigKey<String> CBF_COMM = text(PROCESSING_NODES, "cbfComm", "eiger2cbf",
            "Command that converts Eiger HDF5 to CBF");
    public static final ConfigKey<String> FASTDP_COMM = text(PROCESSING_NODES, "fastdpComm", "fast_dp",
            "Command that runs fast_dp");
    public static final ConfigKey<String> SYNCH_WEB_SPOT_NODE = node("SynchWebSpotNode",
            "Per-image spot finding node for SynchWeb (disabled in LSDC)");
    public static final ConfigKey<String> HOSTNAME_BASE = text(PROCESSING_NODES, "hostnameBase", "localhost",
            "Base host name; LSDC runs EDNA on <hostnameBase>-fastproc");
    public static final ConfigKey<String> ADXV_NODE = node("adxvNode", "Host running the adxv image viewer");

    private static ConfigKey<String> node(String name, String what) {
        return text(PROCESSING_NODES, name, "localhost", what);
    }

    public static List<ConfigKey<?>> all() {
        return List.of(SPOT_NODE_1, SPOT_NODE_2, SPOT_NODE_3, SPOT_NODE_4, SPOT_NODE_5, SPOT_NODE_6, SPOT_NODE_7,
                SPOT_NODE_8, FAST_DP_NODE_1, FAST_DP_NODE_2, FAST_DP_NODE_3, FAST_DP_NODE_4, DIMPLE_NODE, DIMPLE_COMM,
                DIALS_COMM, CBF_COMM, FASTDP_COMM, SYNCH_WEB_SPOT_NODE, HOSTNAME_BASE, ADXV_NODE);
    }

    /** The spot-finding nodes in round-robin order. */
    public static List<ConfigKey<String>> spotNodes() {
        return List.of(SPOT_NODE_1, SPOT_NODE_2, SPOT_NODE_3, SPOT_NODE_4, SPOT_NODE_5, SPOT_NODE_6, SPOT_NODE_7,
                SPOT_NODE_8);
    }

    /** The fast_dp nodes in round-robin order. */
    public static List<ConfigKey<String>> fastDpNodes() {
        return List.of(FAST_DP_NODE_1, FAST_DP_NODE_2, FAST_DP_NODE_3, FAST_DP_NODE_4);
    }
}
