package org.lsdcfx.analysis.spots;

import java.util.Arrays;

/**
 * Which pixels of a detector are not to be trusted (module gaps, dead or hot pixels, the beamstop shadow).
 * One bit per pixel, row-major like the frame (2.3 MB for a 16M detector), so one mask is shared by every frame of a
 * series. Immutable and thread-safe; build one with {@link #builder(int, int)}.
 */
public final class PixelMask {

    private final int width;
    private final int height;
    private final long[] words;
    private final int maskedCount;

    private PixelMask(int width, int height, long[] words) {
        this.width = width;
        this.height = height;
        this.words = words;
        int n = 0;
        for (long w : words) {
            n += Long.bitCount(w);
        }
        this.maskedCount = n;
    }

    /** A mask with no masked pixel. */
    public static PixelMask none(int width, int height) {
        return builder(width, height).build();
    }

    public static Builder builder(int width, int height) {
        return new Builder(width, height);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** True when the pixel at row-major index {@code index} (= y·width + x) is masked. */
    public boolean isMasked(int index) {
        return (words[index >>> 6] & (1L << index)) != 0;
    }

    public boolean isMasked(int x, int y) {
        return isMasked(y * width + x);
    }

    /** Number of masked pixels. */
    public int maskedCount() {
        return maskedCount;
    }

    /** A builder starting from this mask, to add more masked pixels. */
    public Builder toBuilder() {
        Builder b = new Builder(width, height);
        System.arraycopy(words, 0, b.words, 0, words.length);
        return b;
    }

    /** The union of this mask and {@code other} (same size). */
    public PixelMask or(PixelMask other) {
        if (other.width != width || other.height != height) {
            throw new IllegalArgumentException("mask sizes differ: " + width + "x" + height + " vs "
                    + other.width + "x" + other.height);
        }
        long[] w = words.clone();
        for (int i = 0; i < w.length; i++) {
            w[i] |= other.words[i];
        }
        return new PixelMask(width, height, w);
    }

    /** The mask as bytes, bit i of the row-major pixel index in byte i/8 (LSB first): the raw file layout. */
    public byte[] toBytes() {
        byte[] out = new byte[(width * height + 7) / 8];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) (words[i >>> 3] >>> ((i & 7) * 8));
        }
        return out;
    }

    /** Inverse of {@link #toBytes()}. */
    public static PixelMask fromBytes(int width, int height, byte[] bytes) {
        Builder b = new Builder(width, height);
        if (bytes.length != (width * height + 7) / 8) {
            throw new IllegalArgumentException("mask of " + width + "x" + height + " needs " + (width * height + 7) / 8
                    + " bytes, got " + bytes.length);
        }
        for (int i = 0; i < bytes.length; i++) {
            b.words[i >>> 3] |= (bytes[i] & 0xFFL) << ((i & 7) * 8);
        }
        int pixels = width * height;
        if (pixels % 64 != 0) {
            b.words[b.words.length - 1] &= (1L << (pixels % 64)) - 1; // ignore padding bits
        }
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PixelMask m && m.width == width && m.height == height && Arrays.equals(m.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return "PixelMask[" + width + "x" + height + ", " + maskedCount + " masked]";
    }

    /** Collects masked pixels; not thread-safe. */
    public static final class Builder {
        private final int width;
        private final int height;
        private final long[] words;

        private Builder(int width, int height) {
            if (width <= 0 || height <= 0 || (long) width * height > Integer.MAX_VALUE - 64) {
                throw new IllegalArgumentException("mask size must be positive, got " + width + "x" + height);
            }
            this.width = width;
            this.height = height;
            this.words = new long[(width * height + 63) / 64];
        }

        public Builder set(int x, int y) {
            if (x < 0 || y < 0 || x >= width || y >= height) {
                throw new IndexOutOfBoundsException("pixel (" + x + "," + y + ") outside " + width + "x" + height);
            }
            int i = y * width + x;
            words[i >>> 6] |= 1L << i;
            return this;
        }

        public Builder setRow(int y) {
            for (int x = 0; x < width; x++) {
                set(x, y);
            }
            return this;
        }

        /** Masks every pixel whose centre lies within {@code radiusPx} of (cx, cy), e.g. a beamstop shadow. */
        public Builder setDisc(double cx, double cy, double radiusPx) {
            int y0 = Math.max(0, (int) Math.floor(cy - radiusPx));
            int y1 = Math.min(height - 1, (int) Math.ceil(cy + radiusPx));
            int x0 = Math.max(0, (int) Math.floor(cx - radiusPx));
            int x1 = Math.min(width - 1, (int) Math.ceil(cx + radiusPx));
            for (int y = y0; y <= y1; y++) {
                for (int x = x0; x <= x1; x++) {
                    if (Math.hypot(x + 0.5 - cx, y + 0.5 - cy) <= radiusPx) {
                        set(x, y);
                    }
                }
            }
            return this;
        }

        public PixelMask build() {
            return new PixelMask(width, height, words.clone());
        }
    }
}
