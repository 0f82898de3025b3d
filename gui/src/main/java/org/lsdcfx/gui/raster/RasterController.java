package org.lsdcfx.gui.raster;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.conftrak.model.RasterScoreType;
import org.lsdcfx.gui.model.GuiModel;
import org.lsdcfx.gui.model.HeatMap;
import org.lsdcfx.gui.model.HeatMapLayout;
import org.lsdcfx.gui.model.RasterFeed;
import org.lsdcfx.gui.model.ScoreScale;

/**
 * The raster panel's behaviour: shows the raster the user selects in the dewar tree, or the one the server
 * announces while it runs (whichever came last); colours its cells by the chosen score on the FX thread from the
 * model's snapshot (no store or PV access here); describes the cell under the mouse. FX thread only.
 */
public final class RasterController {
    private final RasterFeed feed;
    private final RasterPanel view = new RasterPanel();
    private HeatMap shown;
    private ScoreScale scale;
    private Map<Integer, Color> colours = Map.of();
    private OptionalInt best = OptionalInt.empty();
    private String selectedRaster;
    private boolean syncing; // true while the toggles follow the model, so that this is not a user's choice

    public RasterController(GuiModel model) {
        this.feed = model.raster();
        view.scoreGroup.selectedToggleProperty().addListener((o, was, now) -> {
            if (now != null && !syncing) {
                feed.setScore((RasterScoreType) now.getUserData());
            }
        });
        feed.scoreProperty().addListener((o, was, now) -> {
            selectScore(now);
            render();
        });
        feed.heatMapProperty().addListener((o, was, now) -> render());
        view.problem.textProperty().bind(feed.problemProperty());
        model.selection().requestsProperty().addListener((o, was, now) -> selected(now));
        view.canvas.setOnMouseMoved(this::hover);
        view.canvas.setOnMouseExited(e -> {
            view.canvas.hover(-1);
            view.cellInfo.setText("");
        });
        selectScore(feed.scoreProperty().get());
        render();
    }

    public Node view() {
        return view.root;
    }

    /** The first selected request that is a raster, shown when it differs from the previous such selection. */
    private void selected(List<Request> requests) {
        String uid = requests.stream().filter(r -> !r.requestObj().rasterDef().isEmpty()).map(Request::uid)
                .findFirst().orElse(null);
        // the dewar re-sets the selection with fresh versions: only a new choice replaces a live raster
        if (uid != null && !uid.equals(selectedRaster)) {
            feed.show(uid);
        }
        selectedRaster = uid;
    }

    private void selectScore(RasterScoreType type) {
        syncing = true;
        try {
            view.scoreGroup.selectToggle(view.scores.get(type));
        } finally {
            syncing = false;
        }
    }

    private void render() {
        shown = feed.heatMapProperty().get();
        RasterScoreType type = feed.scoreProperty().get();
        if (shown == null) {
            scale = null;
            colours = Map.of();
            best = OptionalInt.empty();
            view.title.setText("No raster shown: select a raster request, or run one");
            view.status.setText("");
            view.legendName.setText(type.label());
            view.legendCold.setText("");
            view.legendHot.setText("");
            view.canvas.show(null, colours, -1);
            return;
        }
        scale = ScoreScale.of(type, shown.results());
        Map<Integer, Color> c = new HashMap<>();
        for (RasterCell cell : shown.results()) {
            c.put(cell.index(), HeatMapColors.of(scale.level(cell)));
        }
        colours = Map.copyOf(c);
        best = ScoreScale.best(type, shown.results()).map(cell -> OptionalInt.of(cell.index())).orElse(OptionalInt.empty());
        view.title.setText("Raster " + shown.title() + " (" + shown.layout().size() + " cells)");
        view.status.setText(RasterStatusText.of(shown));
        view.legendName.setText(type.label() + ":");
        view.legendCold.setText(shown.results().isEmpty() ? "" : format(type, scale.coldEnd()));
        view.legendHot.setText(shown.results().isEmpty() ? "" : format(type, scale.hotEnd()));
        view.canvas.show(shown.layout(), colours, best.orElse(-1));
    }

    private void hover(MouseEvent e) {
        Optional<HeatMapLayout.Slot> slot = view.canvas.slotAt(e.getX(), e.getY());
        view.canvas.hover(slot.map(HeatMapLayout.Slot::index).orElse(-1));
        String text = slot.map(this::describe).orElse("");
        view.cellInfo.setText(text);
        view.tip.setText(text.isEmpty() ? "no cell here" : text.replace(" · ", "\n"));
    }

    /** What the panel says about a cell: index, row/column, motors, scores and frame (or that it is not in yet). */
    public String describe(HeatMapLayout.Slot s) {
        // numbered as in rasterResult (0-based, columns in flight order), so the numbers can be looked up there
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "cell %d · row %d, column %d in flight order",
                s.index(), s.row(), s.column()));
        Optional<RasterCell> cell = shown == null ? Optional.empty() : shown.cell(s.index());
        if (cell.isPresent()) {
            RasterCell.Position p = cell.get().position();
            b.append(String.format(Locale.ROOT, " · x %.1f, y %.1f, z %.1f", p.x(), p.y(), p.z()));
        } else if (!Double.isNaN(s.x())) {
            b.append(String.format(Locale.ROOT, " · x %.1f, y %.1f, z %.1f", s.x(), s.y(), s.z()));
        }
        if (cell.isEmpty()) {
            return b.append(" · no result yet").toString();
        }
        RasterCell.Scores sc = cell.get().scores();
        b.append(String.format(Locale.ROOT, " · %d spots (%d without ice) · d_min %.2f Å · intensity %.4g",
                sc.spotCount(), sc.spotCountNoIce(), sc.resolution(), sc.totalIntensity()));
        if (cell.get().image().isEmpty()) { // a live cell: the file is named in the stored result
            return b.append(" · live").toString();
        }
        return b.append(" · ").append(Path.of(cell.get().image()).getFileName()).append(" #")
                .append(cell.get().imageIndex()).toString();
    }

    private static String format(RasterScoreType type, double v) {
        return switch (type) {
            case SPOT_COUNT -> String.format(Locale.ROOT, "%.0f", v);
            case RESOLUTION -> String.format(Locale.ROOT, "%.2f Å", v);
            case INTENSITY -> String.format(Locale.ROOT, "%.4g", v);
        };
    }

    /** The raster shown, or null. */
    public HeatMap shown() {
        return shown;
    }

    /** The colour of cell {@code index}; empty while its result is not in (drawn empty). */
    public Optional<Color> colourOf(int index) {
        return Optional.ofNullable(colours.get(index));
    }

    /** The outlined (best) cell under the chosen score. */
    public OptionalInt best() {
        return best;
    }

    /** The current colour scale, or null when nothing is shown. */
    public ScoreScale scale() {
        return scale;
    }

    /** The cell under a point of the heat map (its own coordinates). */
    public Optional<HeatMapLayout.Slot> slotAt(double x, double y) {
        return view.canvas.slotAt(x, y);
    }
}
