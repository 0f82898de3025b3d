package org.lsdcfx.device.motor;

import java.util.List;

/**
 * The sample goniometer: omega rotation, sample (coarse) X/Y/Z and fine X/Y/Z stages. Positions in the motors'
 * units (omega deg, translations um). Thread-safe like {@link Motor}.
 */
public interface Goniometer {

    Motor omega();

    Motor x();

    Motor y();

    Motor z();

    Motor fineX();

    Motor fineY();

    Motor fineZ();

    /** All seven axes, omega first. */
    default List<Motor> axes() {
        return List.of(omega(), x(), y(), z(), fineX(), fineY(), fineZ());
    }

    /** Stops every axis; bounded like {@link Motor#stop()}. Failures to stop one axis do not skip the others. */
    void stopAll();
}
