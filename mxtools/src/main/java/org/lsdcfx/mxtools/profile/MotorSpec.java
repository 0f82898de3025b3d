package org.lsdcfx.mxtools.profile;

/**
 * One EPICS motor as the profile describes it.
 *
 * @param pv        motor record base name; the device layer appends {@code .RBV}, {@code .DMOV}, {@code .STOP}
 *                  (the base itself is the set-point, like the motor record's VAL field)
 * @param units     engineering units of positions (deg, um, mm, eV)
 * @param low       lowest allowed set-point, in {@code units}
 * @param high      highest allowed set-point, in {@code units}
 * @param speed     nominal speed, {@code units} per second (the simulator moves at this speed)
 * @param tolerance distance from the target at which a finished move counts as arrived, in {@code units}
 */
public record MotorSpec(String pv, String units, Double low, Double high, Double speed, Double tolerance) {

    /** True when {@code value} lies inside [low, high]. */
    public boolean allows(double value) {
        return value >= low && value <= high;
    }

    MotorSpec withPv(String newPv) {
        return new MotorSpec(newPv, units, low, high, speed, tolerance);
    }
}
