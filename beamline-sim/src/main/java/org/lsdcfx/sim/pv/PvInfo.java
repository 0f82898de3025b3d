package org.lsdcfx.sim.pv;

/**
 * One hosted PV, for listings and documentation.
 *
 * @param name        PV name
 * @param type        value type label (double, int, string, double[], ubyte[], string[])
 * @param writable    whether clients may write it
 * @param units       engineering units ("" if none)
 * @param description what it means
 */
public record PvInfo(String name, String type, boolean writable, String units, String description) {
}
