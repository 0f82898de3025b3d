package org.lsdcfx.gui.sample;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.lsdcfx.gui.model.CameraFrame;
import org.lsdcfx.gui.model.SampleRasterOverlay.CellBox;
import org.lsdcfx.gui.raster.HeatMapColors;

/**
 * The sample camera with its overlays on one canvas that follows the tab's size: the image scaled to fit, the
 * raster's cells (heat-map colour when filled, outlined while empty), the beam cross-hair at the image centre;
 * above it omega and the sample stages read back, Omega −90/+90, and a status line. A click on the image is
 * handed on in image pixels. FX thread only.
 */
final class SampleView {
    static final Color CROSS_HAIR = Color.rgb(255, 40, 40);
    static final Color CELL_OUTLINE = Color.rgb(0, 200, 255, 0.8);

    private final BorderPane root = new BorderPane();
    private final Canvas canvas = new Canvas();
    private final Label readback = new Label("omega —");
    private final Label status = new Label("waiting for the camera");
    final Button omegaMinus = new Button("Omega −90");
    final Button omegaPlus = new Button("Omega +90");
    private WritableImage image;
    private List<CellBox> cells = List.of();
    private BiConsumer<double[], int[]> onClick = (p, size) -> { };

    SampleView() {
        Pane area = new Pane(canvas) {
            @Override
            protected void layoutChildren() {
                if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
                    canvas.setWidth(getWidth());
                    canvas.setHeight(getHeight());
                    redraw();
                }
            }
        };
        area.setMinSize(160, 128);
        area.setPrefSize(640, 512);
        area.setStyle("-fx-background-color: black;");
        canvas.setId("sampleImage");
        readback.setId("sampleReadback");
        status.setId("sampleStatus");
        omegaMinus.setId("omegaMinus90");
        omegaPlus.setId("omegaPlus90");
        HBox bar = new HBox(8, readback, omegaMinus, omegaPlus);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4));
        root.setTop(bar);
        root.setCenter(area);
        status.setPadding(new Insets(2, 4, 2, 4));
        root.setBottom(status);
        root.setId("samplePane");
        canvas.setOnMouseClicked(e -> {
            ImageFit fit = fit();
            double[] p = fit == null ? null : fit.toImage(e.getX(), e.getY());
            if (p != null) {
                onClick.accept(p, new int[]{fit.imageWidth(), fit.imageHeight()});
            }
        });
    }

    BorderPane root() {
        return root;
    }

    /** The camera image with the cross-hair and the raster drawn over it (what a raster snapshot shows). */
    Canvas picture() {
        return canvas;
    }

    /** Called with the clicked image pixel {x, y} and the image size {w, h}. */
    void setOnImageClick(BiConsumer<double[], int[]> handler) {
        this.onClick = handler;
    }

    void showFrame(CameraFrame f) {
        if (image == null || image.getWidth() != f.width() || image.getHeight() != f.height()) {
            image = new WritableImage(f.width(), f.height());
        }
        image.getPixelWriter().setPixels(0, 0, f.width(), f.height(), PixelFormat.getIntArgbInstance(), f.argb(), 0, f.width());
        redraw();
    }

    void showCells(List<CellBox> boxes) {
        this.cells = boxes;
        redraw();
    }

    void setReadback(String text) {
        readback.setText(text);
    }

    void setStatus(String text) {
        status.setText(text);
    }

    int cellsShown() {
        return cells.size();
    }

    /** Where image pixel ({@code x}, {@code y}) is on the canvas, or null before the first frame. */
    double[] canvasPoint(double x, double y) {
        ImageFit fit = fit();
        return fit == null ? null : new double[]{fit.screenX(x), fit.screenY(y)};
    }

    double[] imagePixel(double canvasX, double canvasY) {
        ImageFit fit = fit();
        return fit == null ? null : fit.toImage(canvasX, canvasY);
    }

    String statusText() {
        return status.getText();
    }

    private ImageFit fit() {
        return image == null ? null : ImageFit.of((int) image.getWidth(), (int) image.getHeight(), canvas.getWidth(), canvas.getHeight());
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        ImageFit fit = fit();
        if (fit == null) {
            return;
        }
        g.drawImage(image, fit.left(), fit.top(), image.getWidth() * fit.scale(), image.getHeight() * fit.scale());
        g.setLineWidth(1);
        for (CellBox c : cells) {
            double x = fit.screenX(c.x());
            double y = fit.screenY(c.y());
            double e = c.edge() * fit.scale();
            if (c.level().isPresent()) {
                Color col = HeatMapColors.of(c.level().getAsDouble());
                g.setFill(col.deriveColor(0, 1, 1, 0.6));
                g.fillRect(x, y, e, e);
            }
            g.setStroke(CELL_OUTLINE);
            g.strokeRect(x, y, e, e);
        }
        double cx = fit.screenX(fit.imageWidth() / 2.0);
        double cy = fit.screenY(fit.imageHeight() / 2.0);
        g.setStroke(CROSS_HAIR);
        g.setLineWidth(1.5);
        g.strokeLine(cx - 12, cy, cx + 12, cy);
        g.strokeLine(cx, cy - 12, cx, cy + 12);
    }
}
