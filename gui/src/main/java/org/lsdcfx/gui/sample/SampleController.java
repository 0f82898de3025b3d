package org.lsdcfx.gui.sample;

import java.util.List;
import java.util.Locale;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import org.lsdcfx.gui.model.CameraFrame;
import org.lsdcfx.gui.model.GuiModel;
import org.lsdcfx.gui.model.HeatMap;
import org.lsdcfx.gui.model.SampleGeometry;
import org.lsdcfx.gui.model.SampleModel;
import org.lsdcfx.gui.model.SampleRasterOverlay;
import org.lsdcfx.gui.model.ScoreScale;
import org.lsdcfx.mxtools.profile.Descriptors;

/**
 * The Sample tab (LSDC's sample camera, click mode C2C): shows the camera feed's frames, re-places the shown
 * raster's cells whenever the frame, the goniometer read-backs, the raster or its score change, and sends
 * {@code center_on_click} for a click on the image — only while this GUI is control master; otherwise the click is
 * ignored and the status line says why. FX thread only.
 */
public final class SampleController {
    private final GuiModel model;
    private final SampleModel sample;
    private final SampleView view = new SampleView();
    private final RasterSnapshots snapshots;

    public SampleController(GuiModel model) {
        this.model = model;
        this.sample = model.sample();
        sample.camera().frameProperty().addListener((o, old, f) -> {
            if (old == null && sample.camera().problemProperty().get().isEmpty()) {
                view.setStatus(cameraLine(f));
            }
            view.showFrame(f);
            placeRaster();
        });
        sample.camera().problemProperty().addListener((o, old, p) -> view.setStatus(p.isEmpty()
                ? cameraLine(sample.camera().frameProperty().get()) : p));
        InvalidationListener moved = o -> {
            showReadback();
            placeRaster();
        };
        sample.motors().omegaProperty().addListener(moved);
        sample.motors().xProperty().addListener(moved);
        sample.motors().yProperty().addListener(moved);
        sample.motors().zProperty().addListener(moved);
        model.raster().heatMapProperty().addListener(o -> placeRaster());
        model.raster().scoreProperty().addListener(o -> placeRaster());
        snapshots = new RasterSnapshots(model, view.picture(), () -> sample.camera().frameProperty().get() != null);
        view.setOnImageClick(this::clicked);
        view.omegaMinus.setOnAction(e -> rotate(-90));
        view.omegaPlus.setOnAction(e -> rotate(90));
        if (sample.camera().frameProperty().get() != null) {
            view.showFrame(sample.camera().frameProperty().get());
        }
        view.setStatus(cameraLine(sample.camera().frameProperty().get()));
        showReadback();
        placeRaster();
    }

    public Node view() {
        return view.root();
    }

    /** How many rasters this GUI has pictured (READY_FOR_SNAPSHOT). */
    public int snapshotsTaken() {
        return snapshots.taken();
    }

    /** How many raster cells are drawn over the image now. */
    public int cellsShown() {
        return view.cellsShown();
    }

    /** Where image pixel ({@code x}, {@code y}) is drawn on the canvas (null before the first frame). */
    double[] canvasPoint(double x, double y) {
        return view.canvasPoint(x, y);
    }

    /** The image pixel under a canvas point (null outside the image). */
    double[] imagePixel(double canvasX, double canvasY) {
        return view.imagePixel(canvasX, canvasY);
    }

    /** The status line (for tests and the window's own checks). */
    public String status() {
        return view.statusText();
    }

    private void clicked(double[] pixel, int[] size) {
        if (!model.control().masterProperty().get()) {
            String why = "Click-to-centre ignored: this GUI is not the control master";
            view.setStatus(why);
            model.messages().gui(why, true);
            return;
        }
        view.setStatus(String.format(Locale.ROOT, "centring on (%.0f, %.0f) px…", pixel[0], pixel[1]));
        sample.centreOnClick(pixel[0], pixel[1], size[0], size[1]).completion().whenComplete((reply, failure) ->
                model.fx().execute(() -> view.setStatus(reply != null ? reply.reason()
                        : "click-to-centre: " + (failure == null ? "no reply" : failure.getMessage()))));
    }

    private String cameraLine(CameraFrame f) {
        return f == null ? "waiting for the " + sample.camera().camera() + " camera"
                : String.format(Locale.ROOT, "%s camera, %d x %d px; click to centre", sample.camera().camera(), f.width(), f.height());
    }

    private void rotate(double degrees) {
        if (!model.control().masterProperty().get()) {
            view.setStatus("Omega move ignored: this GUI is not the control master");
            return;
        }
        sample.rotateOmega(degrees);
    }

    private void showReadback() {
        var m = sample.motors();
        view.setReadback(String.format(Locale.ROOT, "omega %s°   X %s  Y %s  Z %s µm", num(m.omegaProperty().get()),
                num(m.xProperty().get()), num(m.yProperty().get()), num(m.zProperty().get())));
    }

    private static String num(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f", v);
    }

    private void placeRaster() {
        HeatMap map = model.raster().heatMapProperty().get();
        CameraFrame frame = sample.camera().frameProperty().get();
        double omega = sample.motors().omegaProperty().get();
        double[] now = sample.motors().xyz();
        var geo = sample.geometry(frame);
        if (map == null || geo.isEmpty() || Double.isNaN(omega) || Double.isNaN(now[0] + now[1] + now[2])) {
            view.showCells(List.of());
            return;
        }
        SampleGeometry g = geo.get();
        ScoreScale scale = ScoreScale.of(model.raster().scoreProperty().get(), map.results());
        view.showCells(SampleRasterOverlay.place(map, g, now, omega, sample.motors().umPerUnit(Descriptors.SAMPLE_X), scale));
    }
}
