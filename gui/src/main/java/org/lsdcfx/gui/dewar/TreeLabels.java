package org.lsdcfx.gui.dewar;

import java.util.Locale;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.gui.util.Numbers;
import org.lsdcfx.gui.util.Sweeps;

/** The texts of the dewar tree: row labels as LSDC shows them, and the request tooltip. Pure. */
public final class TreeLabels {
    private TreeLabels() {
    }

    /** "1A  PUCK-07", or "1A  (empty)". */
    public static String slot(TreeNode.SlotRow s) {
        return s.label() + "  " + (s.puckName() == null ? "(empty)" : s.puckName());
    }

    /** LSDC's {@code <pin>-<sampleName>}, with the mount state of the mounted sample. */
    public static String sample(TreeNode.SampleRow s) {
        String text = s.sample().pin() + "-" + s.sample().name();
        return s.mount() == null ? text : text + "  (" + s.mount().label() + ")";
    }

    /** LSDC's {@code <prefix>_<protocol>}, with the status when it is not plain. */
    public static String request(TreeNode.RequestRow r) {
        return requestName(r.request()) + suffix(r.request());
    }

    /** A request row of the priority view: where its sample is, then the request. */
    public static String priorityRow(TreeNode.RequestRow r) {
        return r.sample().slotLabel() + ":" + r.sample().pin() + "  " + r.sample().name() + "  ›  " + request(r);
    }

    static String requestName(Request r) {
        String prefix = r.requestObj().optString(RequestKeys.FILE_PREFIX).orElse("");
        String protocol = r.requestType() == null ? r.requestObj().optString(RequestKeys.PROTOCOL).orElse("?")
                : r.requestType();
        return prefix.isEmpty() ? protocol : prefix + "_" + protocol;
    }

    private static String suffix(Request r) {
        RequestLook look = RequestLook.of(r.priority(), r.status());
        if (look == RequestLook.FAILED || look == RequestLook.SKIPPED || look == RequestLook.INTERRUPTED) {
            return "  [" + look.word() + (r.statusReason() == null ? "" : ": " + r.statusReason()) + "]";
        }
        return look == RequestLook.RUNNING ? "  [running]" : "";
    }

    /** The parameter table shown when hovering a request. */
    public static String tooltip(Request r) {
        RequestObj o = r.requestObj();
        RequestLook look = RequestLook.of(r.priority(), r.status());
        StringBuilder b = new StringBuilder();
        b.append(requestName(r)).append("   (").append(look.word()).append(", priority ").append(r.priority())
                .append(")\n");
        line(b, "Protocol", o.optString(RequestKeys.PROTOCOL).orElse(r.requestType()));
        double start = o.getDouble(RequestKeys.SWEEP_START, Double.NaN);
        double end = o.getDouble(RequestKeys.SWEEP_END, Double.NaN);
        double width = o.getDouble(RequestKeys.IMG_WIDTH, Double.NaN);
        double exposure = o.getDouble(RequestKeys.EXPOSURE_TIME, Double.NaN);
        long images = Sweeps.imageCount(start, end, width);
        if (width == 0) {
            line(b, "Stills", images + " images at " + Numbers.format(start, 2) + "°");
        } else if (!Double.isNaN(width)) {
            line(b, "Oscillation", Numbers.format(start, 2) + "° → " + Numbers.format(end, 2) + "°, "
                    + Numbers.format(width, 3) + "°/image (" + images + " images)");
        }
        if (!Double.isNaN(exposure)) {
            line(b, "Exposure", Numbers.format(exposure, 4) + " s/image"
                    + (images > 0 ? " (" + Numbers.format(images * exposure, 1) + " s total)" : ""));
        }
        o.optDouble(RequestKeys.DET_DIST).ifPresent(d -> line(b, "Distance", Numbers.format(d, 1) + " mm"
                + o.optDouble(RequestKeys.RESOLUTION).map(x -> " (edge " + Numbers.format(x, 2) + " Å)").orElse("")));
        o.optDouble(RequestKeys.ENERGY).ifPresent(e -> line(b, "Energy", Numbers.format(e, 1) + " eV"
                + o.optDouble(RequestKeys.WAVELENGTH).map(w -> " (" + Numbers.format(w, 4) + " Å)").orElse("")));
        o.optDouble(RequestKeys.ATTENUATION).ifPresent(t -> line(b, "Transmission", Numbers.format(t, 4)));
        if (o.has(RequestKeys.SLIT_WIDTH)) {
            line(b, "Beam", Numbers.format(o.getDouble(RequestKeys.SLIT_WIDTH, 0), 1) + " × "
                    + Numbers.format(o.getDouble(RequestKeys.SLIT_HEIGHT, 0), 1) + " µm");
        }
        o.optString(RequestKeys.CENTERING_OPTION).ifPresent(c -> line(b, "Centring", c));
        line(b, "Processing", processing(o));
        o.optString(RequestKeys.DIRECTORY).ifPresent(d -> line(b, "Directory", d));
        if (r.statusReason() != null) {
            line(b, "Status", r.status().wire() + ": " + r.statusReason());
        }
        return b.toString().stripTrailing();
    }

    private static String processing(RequestObj o) {
        StringBuilder p = new StringBuilder();
        for (String k : new String[] {RequestKeys.FAST_DP, RequestKeys.FAST_EP, RequestKeys.DIMPLE, RequestKeys.XIA2}) {
            if (o.getFlag(k)) {
                p.append(p.length() == 0 ? "" : ", ").append(k);
            }
        }
        return p.length() == 0 ? "none" : p.toString();
    }

    private static void line(StringBuilder b, String key, String value) {
        b.append(String.format(Locale.ROOT, "%-13s %s%n", key, value));
    }
}
