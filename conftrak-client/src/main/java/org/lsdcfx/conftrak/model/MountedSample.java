package org.lsdcfx.conftrak.model;

/**
 * What is on the goniometer, as LSDC's {@code beamlineInfo 'mountedSample'} document records it:
 * {@code info = {puckPos, pinPos, sampleID}}. Positions are the indexes LSDC's {@code getCoordsfromSampleID}
 * returns (0-based puck slot in the primary dewar, 0-based pin in the puck).
 *
 * @param puckPos  puck slot in the primary dewar, 0-based
 * @param pinPos   pin position in the puck, 0-based
 * @param sampleID amostra sample uid; empty (or LSDC's {@code "-99"}) when nothing is mounted
 */
public record MountedSample(int puckPos, int pinPos, String sampleID) {
    /** LSDC's marker for "nothing mounted" written by its test databases. */
    public static final String LSDC_NONE = "-99";
    /** The state after an unmount: nothing on the goniometer. */
    public static final MountedSample NONE = new MountedSample(0, 0, "");

    public MountedSample {
        if (puckPos < 0 || pinPos < 0) {
            throw new IllegalArgumentException("mountedSample positions must be >= 0, got puckPos " + puckPos
                    + ", pinPos " + pinPos);
        }
        sampleID = sampleID == null ? "" : sampleID;
    }

    /** True when a sample is on the goniometer. */
    public boolean isMounted() {
        return !sampleID.isEmpty() && !LSDC_NONE.equals(sampleID);
    }
}
