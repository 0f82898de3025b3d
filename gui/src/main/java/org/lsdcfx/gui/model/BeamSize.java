package org.lsdcfx.gui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A beam size the user can choose (slit width × height, µm), written to the request's {@code slit_width} and
 * {@code slit_height}.
 */
public record BeamSize(double widthUm, double heightUm) {
    /** Profile {@code extra} key listing the sizes, e.g. {@code "10x10,30x30,100x50"}. */
    public static final String PROFILE_KEY = "beamSizes";
    public static final String DEFAULT_SIZES = "5x5,10x10,20x20,30x30,50x50,100x100";

    /** Parses {@code "10x10,30x30"}; malformed entries are skipped. */
    public static List<BeamSize> parseList(String text) {
        List<BeamSize> out = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] wh = part.trim().toLowerCase(Locale.ROOT).split("x");
            if (wh.length != 2) {
                continue;
            }
            try {
                double w = Double.parseDouble(wh[0].trim());
                double h = Double.parseDouble(wh[1].trim());
                if (w > 0 && h > 0) {
                    out.add(new BeamSize(w, h));
                }
            } catch (NumberFormatException e) {
                // skipped
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return org.lsdcfx.gui.util.Numbers.format(widthUm, 1) + " × " + org.lsdcfx.gui.util.Numbers.format(heightUm, 1) + " µm";
    }
}
