package org.lsdcfx.datafiles.nxmx;

/** Unsigned pixel types of detector frames, as the Eiger writes them. */
public enum PixelType {
    UINT16("uint16", 2, 16, 65_535L),
    UINT32("uint32", 4, 32, 4_294_967_295L);

    private final String label;
    private final int bytes;
    private final int bits;
    private final long maxValue;

    PixelType(String label, int bytes, int bits, long maxValue) {
        this.label = label;
        this.bytes = bytes;
        this.bits = bits;
        this.maxValue = maxValue;
    }

    /** "uint16" / "uint32", as numpy and h5py name them. */
    public String label() {
        return label;
    }

    public int bytes() {
        return bytes;
    }

    /** NXmx {@code bit_depth_image}. */
    public int bits() {
        return bits;
    }

    /** The largest pixel value. */
    public long maxValue() {
        return maxValue;
    }

    public static PixelType fromLabel(String label) {
        for (PixelType t : values()) {
            if (t.label.equals(label)) {
                return t;
            }
        }
        throw new NxmxException("unknown pixel type '" + label + "' (expected uint16 or uint32)");
    }
}
