package org.lsdcfx.analysis.spots;

import java.nio.CharBuffer;

/**
 * One detector image: unsigned 16-bit counts, row-major (index = y · width + x), with the geometry it was taken at,
 * the mask of untrusted pixels and the overload (saturation) level.
 *
 * <p>A pixel is <em>bad</em> (never used) when the mask says so or when it holds {@link #BAD_PIXEL} (0xFFFF, how an
 * Eiger marks gap and defective pixels in 16-bit images). A pixel is <em>overloaded</em> when its value is at or
 * above {@link #overload()}: it is kept out of background statistics but counts as signal.
 *
 * <p>To avoid copying tens of megabytes per image the constructor takes ownership of the pixel array: the caller must
 * not modify it afterwards. Under that rule a Frame is immutable and safe to share between threads.
 */
public final class Frame {

    /** Value of a gap or defective pixel in a 16-bit Eiger image. */
    public static final char BAD_PIXEL = 0xFFFF;

    /** Overload level used when none is given: everything below {@link #BAD_PIXEL} is trusted. */
    public static final int DEFAULT_OVERLOAD = 0xFFFE;

    private final DetectorGeometry geometry;
    private final char[] pixels;
    private final PixelMask mask;
    private final int overload;

    /**
     * @param geometry where the pixels are
     * @param pixels   geometry.nx() · geometry.ny() counts, row-major; ownership passes to the frame
     * @param mask     untrusted pixels, same size as the geometry
     * @param overload first count treated as saturated, 1..65535
     */
    public Frame(DetectorGeometry geometry, char[] pixels, PixelMask mask, int overload) {
        if (geometry == null || pixels == null || mask == null) {
            throw new IllegalArgumentException("geometry, pixels and mask are required");
        }
        if (pixels.length != geometry.pixelCount()) {
            throw new IllegalArgumentException("a " + geometry.nx() + "x" + geometry.ny() + " frame needs "
                    + geometry.pixelCount() + " pixels, got " + pixels.length);
        }
        if (mask.width() != geometry.nx() || mask.height() != geometry.ny()) {
            throw new IllegalArgumentException("mask is " + mask.width() + "x" + mask.height() + " but the detector is "
                    + geometry.nx() + "x" + geometry.ny());
        }
        if (overload < 1 || overload > 0xFFFF) {
            throw new IllegalArgumentException("overload must be within 1..65535, got " + overload);
        }
        this.geometry = geometry;
        this.pixels = pixels;
        this.mask = mask;
        this.overload = overload;
    }

    /** A frame masked by the geometry's module gaps, with the default overload. */
    public static Frame of(DetectorGeometry geometry, char[] pixels) {
        return new Frame(geometry, pixels, geometry.gapMask(), DEFAULT_OVERLOAD);
    }

    public DetectorGeometry geometry() {
        return geometry;
    }

    public int width() {
        return geometry.nx();
    }

    public int height() {
        return geometry.ny();
    }

    public PixelMask mask() {
        return mask;
    }

    public int overload() {
        return overload;
    }

    /** Count at pixel (x, y), 0..65535. */
    public int value(int x, int y) {
        return pixels[y * width() + x];
    }

    /** True when pixel (x, y) is masked or holds {@link #BAD_PIXEL}. */
    public boolean isBad(int x, int y) {
        int i = y * width() + x;
        return mask.isMasked(i) || pixels[i] == BAD_PIXEL;
    }

    /** A read-only view of the pixels (no copy), row-major. */
    public CharBuffer pixels() {
        return CharBuffer.wrap(pixels).asReadOnlyBuffer();
    }

    /** The backing array, for the spot finder in this package only. */
    char[] pixelArray() {
        return pixels;
    }

    /** The same pixels and geometry with another mask (e.g. the beamline's beamstop mask added). */
    public Frame withMask(PixelMask newMask) {
        return new Frame(geometry, pixels, newMask, overload);
    }

    @Override
    public String toString() {
        return "Frame[" + width() + "x" + height() + ", overload " + overload + ", " + mask.maskedCount() + " masked]";
    }
}
