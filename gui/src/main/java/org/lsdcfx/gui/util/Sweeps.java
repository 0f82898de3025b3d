package org.lsdcfx.gui.util;

import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;

/** Image counts and exposure times of a request's sweep, with LSDC's conventions. Pure. */
public final class Sweeps {
    private Sweeps() {
    }

    /** (end − start) / width rounded; for stills (width 0) LSDC keeps the number of images in end − start. */
    public static long imageCount(double start, double end, double width) {
        if (Double.isNaN(start) || Double.isNaN(end) || Double.isNaN(width) || width < 0) {
            return 0;
        }
        return width == 0 ? Math.round(end - start) : Math.round((end - start) / width);
    }

    public static long imageCount(RequestObj o) {
        return imageCount(o.getDouble(RequestKeys.SWEEP_START, Double.NaN), o.getDouble(RequestKeys.SWEEP_END, Double.NaN),
                o.getDouble(RequestKeys.IMG_WIDTH, Double.NaN));
    }

    /** Images × exposure per image, seconds (0 when unknown). */
    public static double exposureSeconds(RequestObj o) {
        double exposure = o.getDouble(RequestKeys.EXPOSURE_TIME, 0);
        return Math.max(0, imageCount(o) * exposure);
    }
}
