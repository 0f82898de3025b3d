package org.lsdcfx.device.camera;

/** A sample-viewing camera (low or high magnification). Thread-safe. */
public interface SampleCamera {

    /** Camera key from the profile: "lowMag" or "highMag". */
    String name();

    /** Reads the latest frame. */
    CameraImage latestImage();

    /** Field of view (calibration from the profile). */
    FieldOfView fieldOfView();
}
