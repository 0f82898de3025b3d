package org.lsdcfx.gui.raster;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.lsdcfx.conftrak.model.RasterScoreType;

/**
 * The raster panel's nodes (view only; {@link RasterController} gives them behaviour): header with the raster and
 * its status, the score choice (LSDC's "Raster Evaluate By"), the heat map, the legend with the numeric range, and
 * the line describing the cell under the mouse.
 */
final class RasterPanel {
    final Label title = label("No raster shown: select a raster request, or run one", "rasterTitle");
    final Label status = label("", "rasterStatus");
    final Label problem = label("", "rasterProblem");
    final ToggleGroup scoreGroup = new ToggleGroup();
    final Map<RasterScoreType, RadioButton> scores = new EnumMap<>(RasterScoreType.class);
    final HeatMapCanvas canvas = new HeatMapCanvas();
    final Label legendName = label("", "legendName");
    final Label legendCold = label("", "legendCold");
    final Label legendHot = label("", "legendHot");
    final Label cellInfo = label("", "rasterCellInfo");
    final Tooltip tip = new Tooltip();
    final BorderPane root = new BorderPane();

    RasterPanel() {
        title.getStyleClass().add("panel-title");
        problem.getStyleClass().add("raster-problem");
        problem.setStyle("-fx-text-fill: #b00000;");
        HBox choice = new HBox(10, new Label("Raster Evaluate By"));
        for (RasterScoreType t : RasterScoreType.values()) {
            RadioButton b = new RadioButton(t.label());
            b.setId("score" + t.label().replace(" ", ""));
            b.setToggleGroup(scoreGroup);
            b.setUserData(t);
            scores.put(t, b);
            choice.getChildren().add(b);
        }
        choice.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, title, status, choice, problem);
        top.setPadding(new Insets(6, 8, 4, 8));

        canvas.setId("heatMapCanvas");
        Tooltip.install(canvas, tip);

        Region bar = new Region();
        bar.setId("legendBar");
        bar.setBackground(new Background(new BackgroundFill(HeatMapColors.legend(), null, null)));
        bar.setMinHeight(12);
        bar.setPrefWidth(220);
        HBox.setHgrow(bar, Priority.ALWAYS);
        HBox legend = new HBox(6, legendName, legendCold, bar, legendHot);
        legend.setAlignment(Pos.CENTER_LEFT);
        cellInfo.setWrapText(true);
        VBox bottom = new VBox(4, legend, cellInfo);
        bottom.setPadding(new Insets(4, 8, 6, 8));

        root.setTop(top);
        root.setCenter(canvas);
        root.setBottom(bottom);
        root.setId("rasterPanel");
    }

    private static Label label(String text, String id) {
        Label l = new Label(text);
        l.setId(id);
        return l;
    }
}
