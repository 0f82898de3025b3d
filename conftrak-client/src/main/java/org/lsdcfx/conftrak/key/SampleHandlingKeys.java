package org.lsdcfx.conftrak.key;

import static org.lsdcfx.conftrak.key.ConfigArea.SAMPLE_HANDLING;
import static org.lsdcfx.conftrak.key.ConfigKey.document;
import static org.lsdcfx.conftrak.key.ConfigKey.flag;
import static org.lsdcfx.conftrak.key.ConfigKey.integer;
import static org.lsdcfx.conftrak.key.ConfigKey.number;
import static org.lsdcfx.conftrak.key.ConfigKey.text;

import java.util.List;
import org.bson.Document;

/** Dewar, robot and queue behaviour (LSDC-REFERENCE §5.2 "sample handling"). */
public final class SampleHandlingKeys {
    private SampleHandlingKeys() {
    }

    public static final ConfigKey<String> PRIMARY_DEWAR_NAME = text(SAMPLE_HANDLING, "primaryDewarName", "primaryDewar",
            "Name of the robot dewar container (owner = beamline id) whose pucks form the queue");
    public static final ConfigKey<Document> DEWAR_PLATE_MAP = document(SAMPLE_HANDLING, "dewarPlateMap",
            Document.parse("{'0': [180, -180], '1': [135, 225], '2': [90, -270], '3': [45, -315],"
                    + " '4': [0, 360], '5': [315, -45], '6': [270, 90], '7': [225, -135]}"),
            "Dewar rotation angles (deg) per sector plate, as LSDC's test databases set them");
    public static final ConfigKey<Boolean> ROBOT_ONLINE = flag(SAMPLE_HANDLING, "robot_online", true,
            "The sample-changing robot is used (off = manual mounting)");
    public static final ConfigKey<Boolean> MOUNT_ENABLED = flag(SAMPLE_HANDLING, "mountEnabled", true,
            "Mounting is allowed (staff switch it off during interventions)");
    public static final ConfigKey<Integer> ROBOT_WARMUP_INTERVAL = integer(SAMPLE_HANDLING, "robotWarmupInterval", 0,
            "mounts", "Warm the gripper every this many queue mounts; 0 = never").range(0, 10_000);
    public static final ConfigKey<Boolean> TOP_VIEW_CHECK = flag(SAMPLE_HANDLING, "topViewCheck", false,
            "Align the pin with the top-view camera during the mount (FMX)");
    public static final ConfigKey<Boolean> UNMOUNT_COLD_CHECK = flag(SAMPLE_HANDLING, "unmountColdCheck", true,
            "After the queue, unmount and keep the gripper cold (unmountCold) instead of a plain unmount");
    public static final ConfigKey<Integer> ON_MOUNT_OPTION = integer(SAMPLE_HANDLING, "onMountOption", 0, "",
            "After a manual mount: 0 nothing, 1 centre the loop, 2 centre and two orthogonal rasters").range(0, 2);
    public static final ConfigKey<Double> SAMP_Y_ADJUST = number(SAMPLE_HANDLING, "sampYAdjust", 0.0, "µm",
            "Goniometer Y offset applied after a mount").range(-5000, 5000);
    public static final ConfigKey<Boolean> QUEUE_COLLECT = flag(SAMPLE_HANDLING, "queueCollect", false,
            "Queue collection: requests may target any sample in the dewar and the server mounts them");
    public static final ConfigKey<Boolean> BEAM_CHECK = flag(SAMPLE_HANDLING, "beamCheck", true,
            "Wait for beam before each queued request (the server forces it on at start, as LSDC does)");
    public static final ConfigKey<Double> AUTO_RASTER_DELAY = number(SAMPLE_HANDLING, "autoRasterDelay", 0.0, "s",
            "Pause before automatic rastering after a mount").range(0, 600);

    public static List<ConfigKey<?>> all() {
        return List.of(PRIMARY_DEWAR_NAME, DEWAR_PLATE_MAP, ROBOT_ONLINE, MOUNT_ENABLED, ROBOT_WARMUP_INTERVAL,
                TOP_VIEW_CHECK, UNMOUNT_COLD_CHECK, ON_MOUNT_OPTION, SAMP_Y_ADJUST, QUEUE_COLLECT, BEAM_CHECK,
                AUTO_RASTER_DELAY);
    }
}
