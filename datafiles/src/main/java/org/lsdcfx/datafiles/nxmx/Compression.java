package org.lsdcfx.datafiles.nxmx;

/**
 * Compression of frame data: none, or byte shuffle + deflate (gzip) at a level 1..9, which every HDF5 reader can
 * decode without plugins. (The Eiger's bitshuffle/LZ4 needs a filter plugin that is not available here.)
 *
 * @param deflateLevel 0 for none, else 1..9
 */
public record Compression(int deflateLevel) {
    public Compression {
        if (deflateLevel < 0 || deflateLevel > 9) {
            throw new NxmxException("the deflate level must be 0 (none) to 9, got " + deflateLevel);
        }
    }

    public static Compression none() {
        return new Compression(0);
    }

    public static Compression deflate(int level) {
        if (level == 0) {
            throw new NxmxException("deflate needs a level 1..9");
        }
        return new Compression(level);
    }

    public boolean enabled() {
        return deflateLevel > 0;
    }

    /** "none" or "deflate:N", as stored in the master's status so that a resume continues the same way. */
    public String label() {
        return enabled() ? "deflate:" + deflateLevel : "none";
    }

    public static Compression fromLabel(String label) {
        if ("none".equals(label)) {
            return none();
        }
        if (label != null && label.startsWith("deflate:")) {
            try {
                return deflate(Integer.parseInt(label.substring("deflate:".length())));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new NxmxException("unknown compression '" + label + "' (expected none or deflate:N)");
    }
}
