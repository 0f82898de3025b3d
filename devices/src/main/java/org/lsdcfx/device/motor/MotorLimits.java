package org.lsdcfx.device.motor;

/** Allowed set-point range of a motor, in the motor's units (inclusive). */
public record MotorLimits(double low, double high) {

    public MotorLimits {
        if (!(low <= high)) {
            throw new IllegalArgumentException("low limit " + low + " is above high limit " + high);
        }
    }

    public boolean contains(double value) {
        return value >= low && value <= high;
    }
}
