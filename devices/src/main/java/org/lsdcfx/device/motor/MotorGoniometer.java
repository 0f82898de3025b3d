package org.lsdcfx.device.motor;

import org.lsdcfx.device.DeviceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A {@link Goniometer} made of seven independent {@link Motor}s (AMX/FMX style; NYX's MD2 looks the same). */
public record MotorGoniometer(Motor omega, Motor x, Motor y, Motor z, Motor fineX, Motor fineY, Motor fineZ)
        implements Goniometer {
    private static final Logger LOG = LoggerFactory.getLogger(MotorGoniometer.class);

    @Override
    public void stopAll() {
        DeviceException first = null;
        for (Motor m : axes()) {
            try {
                m.stop();
            } catch (DeviceException e) {
                LOG.warn("goniometer stop: {}", e.getMessage());
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
