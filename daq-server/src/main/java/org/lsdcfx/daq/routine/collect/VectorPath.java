package org.lsdcfx.daq.routine.collect;

import java.util.Map;
import org.lsdcfx.datafiles.nxmx.Vector3;

/**
 * The sample path of a vector collection (LSDC {@code vectorParams}): from {@code vecStart} to {@code vecEnd}
 * (goniometer sampleX/Y/Z, the motors' units) while omega turns. With one wedge ({@code fpp} ≤ 1) the sample translates
 * continuously; with {@code fpp} = n &gt; 1 the sweep is split into n wedges of equal frames, each collected at one
 * point, the first at {@code vecStart} and the last at {@code vecEnd} (LSDC's stepVector).
 *
 * @param start  position at the start of the first frame
 * @param end    position at the end of the last frame (continuous) or of the last wedge
 * @param wedges number of wedges, at least 1
 */
public record VectorPath(Vector3 start, Vector3 end, int wedges) {
    public VectorPath {
        if (start == null || end == null) {
            throw new IllegalArgumentException("a vector needs vecStart and vecEnd");
        }
        if (wedges < 1) {
            throw new IllegalArgumentException("fpp (number of wedges) must be at least 1, got " + wedges);
        }
    }

    /** Reads {@code vectorParams}: {@code vecStart/vecEnd: {x, y, z}}, optional {@code fpp}. */
    static VectorPath from(Map<String, Object> params) {
        if (params.isEmpty()) {
            throw new IllegalArgumentException("a vector request needs vectorParams with vecStart and vecEnd");
        }
        Vector3 start = point(params, "vecStart");
        Vector3 end = point(params, "vecEnd");
        Object fpp = params.get("fpp");
        int wedges = fpp instanceof Number n ? (int) Math.round(n.doubleValue()) : fpp == null ? 1 : parse(fpp, "fpp");
        return new VectorPath(start, end, Math.max(1, wedges));
    }

    private static Vector3 point(Map<String, Object> params, String key) {
        if (!(params.get(key) instanceof Map<?, ?> p)) {
            throw new IllegalArgumentException("vectorParams." + key + " must be {x, y, z}");
        }
        return new Vector3(number(p, key, "x"), number(p, key, "y"), number(p, key, "z"));
    }

    private static double number(Map<?, ?> p, String key, String axis) {
        Object v = p.get(axis);
        double d = v instanceof Number n ? n.doubleValue() : v == null ? Double.NaN : parse(v, key + "." + axis);
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("vectorParams." + key + "." + axis + " must be a number, got " + v);
        }
        return d;
    }

    private static int parse(Object v, String what) {
        try {
            return (int) Math.round(Double.parseDouble(v.toString().trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("vectorParams." + what + " must be a number, got " + v);
        }
    }

    /** Position at the start of frame {@code frame} of {@code frames}. */
    public Vector3 at(int frame, int frames) {
        if (wedges <= 1) {
            return start.interpolate(end, (double) frame / frames);
        }
        return start.interpolate(end, wedges == 1 ? 0 : (double) wedgeOf(frame, frames) / (wedges - 1));
    }

    /** Where the sample goes at the end of frame {@code frame − 1} (continuous: the vector's point there). */
    public Vector3 endOf(int lastFrameExclusive, int frames) {
        return wedges <= 1 ? start.interpolate(end, (double) lastFrameExclusive / frames)
                : at(Math.max(0, lastFrameExclusive - 1), frames);
    }

    /** The wedge (0-based) frame {@code frame} belongs to. */
    public int wedgeOf(int frame, int frames) {
        return (int) Math.min(wedges - 1, (long) frame * wedges / frames);
    }

    /** Length of the vector, in the motors' units. */
    public double length() {
        double dx = end.x() - start.x();
        double dy = end.y() - start.y();
        double dz = end.z() - start.z();
        return Math.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
