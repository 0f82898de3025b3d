package org.lsdcfx.sim.detector;

import org.lsdcfx.mxtools.profile.DetectorSpec;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size of the simulated detector's frames. Small frames keep tests fast; real sizes make realistic files (a
 * 16M frame takes about a second to synthesise on one core). See {@link DetectorGeometries} for what a size means.
 *
 * @param width  pixels, at least 8
 * @param height pixels, at least 8
 */
public record FrameSize(int width, int height) {
    /** The size tests use unless they ask for another: 64 × 64 binned pixels. */
    public static final FrameSize SMALL = new FrameSize(64, 64);
    /** An Eiger 4M frame. */
    public static final FrameSize EIGER_4M = new FrameSize(2070, 2167);
    /** An Eiger 16M frame. */
    public static final FrameSize EIGER_16M = new FrameSize(4150, 4371);
    private static final Pattern EXPLICIT = Pattern.compile("(\\d{1,5})x(\\d{1,5})");
    private static final Pattern BINNED = Pattern.compile("bin(\\d{1,3})");

    public FrameSize {
        if (width < 8 || height < 8) {
            throw new IllegalArgumentException("frames must be at least 8x8 pixels, got " + width + "x" + height);
        }
        if ((long) width * height > 50_000_000L) {
            throw new IllegalArgumentException("frames above 50 Mpixel are not simulated, got " + width + "x" + height);
        }
    }

    /**
     * {@code WxH}, {@code full} (the profile's detector), {@code 4M}, {@code 16M} or {@code binN} (the profile's
     * detector binned N × N).
     */
    public static FrameSize parse(String text, DetectorSpec detector) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher explicit = EXPLICIT.matcher(t);
        Matcher binned = BINNED.matcher(t);
        if (explicit.matches()) {
            return new FrameSize(Integer.parseInt(explicit.group(1)), Integer.parseInt(explicit.group(2)));
        }
        if (binned.matches() && Integer.parseInt(binned.group(1)) >= 1) {
            int bin = Integer.parseInt(binned.group(1));
            return new FrameSize(Math.max(8, Math.round(detector.nx() / (float) bin)),
                    Math.max(8, Math.round(detector.ny() / (float) bin)));
        }
        return switch (t) {
            case "full" -> new FrameSize(detector.nx(), detector.ny());
            case "4m" -> EIGER_4M;
            case "16m" -> EIGER_16M;
            default -> throw new IllegalArgumentException("frame size '" + text
                    + "' is not WxH, full, 4M, 16M or binN");
        };
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
