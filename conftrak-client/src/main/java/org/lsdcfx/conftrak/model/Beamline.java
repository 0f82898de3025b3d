package org.lsdcfx.conftrak.model;

/**
 * A beamline document {@code {key: "beamline", name, number}} as LSDC's {@code createBeamline("fmx", "17id1")}
 * writes it.
 *
 * @param uid    document uid
 * @param name   short name ("amx", "fmx", "nyx", "sim")
 * @param number NSLS-II number ("17id1"); unique
 */
public record Beamline(String uid, String name, String number) {
}
