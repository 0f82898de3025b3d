package org.lsdcfx.gui.raster;

import java.util.Map;
import java.util.Optional;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.lsdcfx.gui.model.HeatMapLayout;

/**
 * The grid of a raster's cells on a {@link Canvas} that follows the region's size: each cell a square at its place
 * in the sample view, filled with its colour or drawn empty while its result is not in, the best cell outlined, the
 * cell under the mouse outlined. Redraws only when told or resized. FX thread only.
 */
final class HeatMapCanvas extends Region {
    static final double MARGIN = 6;

    private final Canvas canvas = new Canvas();
    private HeatMapLayout layout;
    private Map<Integer, Color> colours = Map.of();
    private int best = -1;
    private int hover = -1;

    HeatMapCanvas() {
        getChildren().add(canvas);
        setMinSize(120, 120);
        setPrefSize(420, 360);
    }

    /** Shows {@code layout} (null: nothing) with the colours of the cells that are in and the best cell (-1: none). */
    void show(HeatMapLayout layout, Map<Integer, Color> colours, int best) {
        this.layout = layout;
        this.colours = colours;
        this.best = best;
        redraw();
    }

    void hover(int index) {
        if (index != hover) {
            hover = index;
            redraw();
        }
    }

    /** The cell under a point of this region. */
    Optional<HeatMapLayout.Slot> slotAt(double x, double y) {
        return layout == null ? Optional.empty() : layout.slotAt(x, y, fit());
    }

    private HeatMapLayout.Fit fit() {
        return layout.fit(getWidth(), getHeight(), MARGIN);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            redraw();
        }
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (layout == null) {
            return;
        }
        HeatMapLayout.Fit fit = fit();
        boolean lines = layout.cellSize() * fit.scale() >= 4; // grid lines would hide cells smaller than 4 px
        g.setLineWidth(1);
        for (HeatMapLayout.Slot s : layout.slots()) {
            double[] p = layout.pixels(s, fit);
            Color c = colours.get(s.index());
            g.setFill(c == null ? HeatMapColors.EMPTY : c);
            g.fillRect(p[0], p[1], p[2], p[3]);
            if (lines) {
                g.setStroke(HeatMapColors.GRID);
                g.strokeRect(p[0] + 0.5, p[1] + 0.5, p[2] - 1, p[3] - 1);
            }
        }
        outline(g, fit, best, HeatMapColors.BEST, 2.5);
        outline(g, fit, hover, HeatMapColors.HOVER, 1.5);
    }

    private void outline(GraphicsContext g, HeatMapLayout.Fit fit, int index, Color colour, double width) {
        if (index < 0 || index >= layout.size()) {
            return;
        }
        double[] p = layout.pixels(layout.slots().get(index), fit);
        g.setStroke(colour);
        g.setLineWidth(width);
        g.strokeRect(p[0] + width / 2, p[1] + width / 2, p[2] - width, p[3] - width);
    }
}
