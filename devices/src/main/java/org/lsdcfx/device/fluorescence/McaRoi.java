package org.lsdcfx.device.fluorescence;

/** A region of interest on the MCA, in channels, inclusive ({@code mcaRoiLo}..{@code mcaRoiHi}). */
public record McaRoi(int lo, int hi) {

    public McaRoi {
        if (lo < 0 || hi < lo) {
            throw new IllegalArgumentException("MCA ROI needs 0 <= lo <= hi, was " + lo + ".." + hi);
        }
    }
}
