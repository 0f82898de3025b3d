package org.lsdcfx.analysis.loop;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds a sample loop on its pin in a sample-camera image without machine learning: a smooth background model
 * ({@link BackgroundModel}), dark-object segmentation and connected components ({@link DarkRegions}), then the
 * largest dark object that enters from the left or right edge is the pin. Along the omega axis (horizontal) the
 * object's thickness per column tells shaft from loop: the loop is the run of columns, ending at the tip (the column
 * furthest from the pin), where the object is clearly thicker than the shaft near the edge. Crystals inside the loop
 * join or sit inside the ring and do not move the box; separate specks are other components and are ignored.
 *
 * <p>Stateless and thread-safe. About 16 ms for a 640 × 512 image (LoopFinderTest prints it).
 */
public final class LoopFinder {
    private final LoopFinderParams params;

    public LoopFinder(LoopFinderParams params) {
        this.params = params;
    }

    public LoopFinder() {
        this(LoopFinderParams.defaults());
    }

    public LoopFinding find(GreyImage image) {
        return find(image, null);
    }

    /**
     * Measures the pin object only between columns {@code fromX} and {@code toX} (pixel-edge coordinates), where the
     * loop is known to be from another view: seen edge-on the loop is not wider than the pin, but its thickness there
     * is the loop's side-view height. The box is then those columns (clipped to the object); {@code faceVisible} is
     * true.
     */
    public LoopFinding findBetween(GreyImage image, double fromX, double toX) {
        if (!(fromX < toX)) {
            throw new IllegalArgumentException("column range [" + fromX + ", " + toX + ") is empty");
        }
        return find(image, new double[] {fromX, toX});
    }

    private LoopFinding find(GreyImage image, double[] columns) {
        DarkRegions regions = DarkRegions.segment(image, BackgroundModel.estimate(image, params.blockSize()), params);
        double t = regions.threshold();
        List<DarkRegions.Component> large = regions.components().stream()
                .filter(c -> c.area() >= params.minAreaPx()).toList();
        if (large.isEmpty()) {
            return LoopFinding.notFound("nothing in view: no dark object of at least " + params.minAreaPx()
                    + " px (threshold " + Math.round(t) + " grey levels below the background)", t);
        }
        Optional<Pin> pin = large.stream().map(this::asPin).flatMap(Optional::stream)
                .max(Comparator.comparingInt(p -> p.component().area()));
        if (pin.isEmpty()) {
            return LoopFinding.notFound("no pin in view: " + large.size() + " dark object(s) but none enters from the "
                    + (params.pinSide() == null ? "left or right" : params.pinSide().name().toLowerCase()) + " edge", t);
        }
        return measure(regions, pin.get(), columns);
    }

    private record Pin(DarkRegions.Component component, PinSide side) {
    }

    private Optional<Pin> asPin(DarkRegions.Component c) {
        PinSide side = params.pinSide();
        if (side == null) {
            if (c.leftEdgePx() == 0 && c.rightEdgePx() == 0) {
                return Optional.empty();
            }
            // Touching both edges, the pin is where the object is thinner (a loop cut by the far edge is wider).
            side = c.rightEdgePx() == 0 || (c.leftEdgePx() > 0 && c.leftEdgePx() <= c.rightEdgePx()) ? PinSide.LEFT
                    : PinSide.RIGHT;
        }
        int onEdge = side == PinSide.LEFT ? c.leftEdgePx() : c.rightEdgePx();
        return onEdge > 0 ? Optional.of(new Pin(c, side)) : Optional.empty();
    }

    /** Column profile of the pin object along the axis, u counted from the pin's edge. */
    private LoopFinding measure(DarkRegions r, Pin pin, double[] columns) {
        DarkRegions.Component c = pin.component();
        int w = r.width();
        int[] top = new int[w];
        int[] bottom = new int[w];
        Arrays.fill(top, -1);
        Arrays.fill(bottom, -1);
        for (int x = c.minX(); x <= c.maxX(); x++) {
            int u = pin.side() == PinSide.LEFT ? x : w - 1 - x;
            for (int y = c.minY(); y <= c.maxY(); y++) {
                if (r.in(c.label(), x, y)) {
                    if (top[u] < 0) {
                        top[u] = y;
                    }
                    bottom[u] = y;
                }
            }
        }
        int entry = 0;
        int tip = w - 1;
        while (tip > 0 && top[tip] < 0) {
            tip--;
        }
        int[] shaftExtents = shaftExtents(top, bottom, entry, tip, w);
        double shaft = shaftExtents[shaftExtents.length / 2];
        int shaftMax = shaftExtents[shaftExtents.length - 1];
        double wide = params.wideFactor() * shaft + params.widePlusPx();
        // The loop: from the tip back towards the pin, the run of wide columns (small gaps allowed: a thin ring
        // crossing a column at a shallow angle, noise).
        int last = -1;
        int first = -1;
        int gap = 0;
        for (int u = tip; u >= entry; u--) {
            boolean isWide = top[u] >= 0 && bottom[u] - top[u] + 1 > wide;
            if (isWide) {
                if (last < 0) {
                    last = u;
                }
                first = u;
                gap = 0;
            } else if (last >= 0 && ++gap > Math.max(3, (last - u) / 20)) {
                break;
            }
        }
        boolean faceVisible = last >= 0;
        // Hysteresis: the ring starts thin at its end near the pin; follow it while still thicker than the shaft
        // ever was near the edge.
        while (faceVisible && first > entry && top[first - 1] >= 0
                && bottom[first - 1] - top[first - 1] + 1 > shaftMax + 1) {
            first--;
        }
        int from = faceVisible ? first : Math.max(entry, tip - 2);
        int end = tip;
        if (columns != null) {
            int a = (int) Math.floor(columns[0]);
            int b = (int) Math.ceil(columns[1]) - 1;
            int ua = pin.side() == PinSide.LEFT ? a : w - 1 - b;
            int ub = pin.side() == PinSide.LEFT ? b : w - 1 - a;
            from = Math.max(entry, ua);
            end = Math.min(tip, ub);
            while (from <= end && top[from] < 0) {
                from++;
            }
            if (from > end) {
                return LoopFinding.notFound("the pin object does not reach columns " + Math.round(columns[0]) + " to "
                        + Math.round(columns[1]), r.threshold());
            }
            faceVisible = true;
        }
        int loopTop = Integer.MAX_VALUE;
        int loopBottom = -1;
        List<Integer> middles = new ArrayList<>(); // twice the middle row, to stay in integers
        for (int u = from; u <= end; u++) {
            if (top[u] >= 0) {
                loopTop = Math.min(loopTop, top[u]);
                loopBottom = Math.max(loopBottom, bottom[u]);
                middles.add(top[u] + bottom[u] + 1);
            }
        }
        middles.sort(Integer::compare);
        double midY = middles.get(middles.size() / 2) / 2.0;
        double tipRow = (top[tip] + bottom[tip] + 1) / 2.0;
        boolean truncated = tip == w - 1 || loopTop == 0 || loopBottom == r.height() - 1;
        double leftEdge;
        double rightEdge;
        double tipX;
        if (pin.side() == PinSide.LEFT) {
            leftEdge = from;
            rightEdge = end + 1;
            tipX = tip + 1;
        } else {
            leftEdge = w - 1 - end;
            rightEdge = w - from;
            tipX = w - 1 - tip;
        }
        if (!faceVisible) {
            // Edge-on: the box is the tip, centred on it.
            return new LoopFinding(true, "", pin.side(), tipX, tipRow, tipX, tipRow, tipX, tipRow, tipRow, false,
                    truncated, shaft, c.area(), r.threshold());
        }
        return new LoopFinding(true, "", pin.side(), leftEdge, loopTop, rightEdge, loopBottom + 1, tipX, tipRow, midY,
                true,
                truncated, shaft, c.area(), r.threshold());
    }

    /** Sorted thicknesses of the columns next to the pin's edge (a quarter of the object, 4 to w/12 columns). */
    private static int[] shaftExtents(int[] top, int[] bottom, int entry, int tip, int w) {
        int span = Math.max(4, Math.min(w / 12, (tip - entry) / 4));
        List<Integer> t = new ArrayList<>();
        for (int u = entry; u <= Math.min(tip, entry + span); u++) {
            if (top[u] >= 0) {
                t.add(bottom[u] - top[u] + 1);
            }
        }
        if (t.isEmpty()) {
            t.add(1);
        }
        return t.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
