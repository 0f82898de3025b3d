package org.lsdcfx.gui.sample;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.lsdcfx.daq.routine.raster.RasterStatus;
import org.lsdcfx.gui.model.GuiModel;
import org.lsdcfx.gui.model.HeatMap;
import org.lsdcfx.gui.model.RasterSnapshotWriter;

/**
 * Takes the picture of a finished raster when the server announces READY_FOR_SNAPSHOT (LSDC's GUI saves the sample
 * view with the raster over it): the sample view as shown, with the heat map placed, saved by the
 * {@link RasterSnapshotWriter}. Only the control master does it, once per raster, and only when there is a camera
 * image to show (a picture of "waiting for the camera" helps nobody). FX thread only.
 */
final class RasterSnapshots {
    private final GuiModel model;
    private final Node picture;
    private final BooleanSupplier hasImage;
    private final Set<String> taken = new HashSet<>();

    RasterSnapshots(GuiModel model, Node picture, BooleanSupplier hasImage) {
        this.model = model;
        this.picture = picture;
        this.hasImage = hasImage;
        model.raster().heatMapProperty().addListener((o, old, map) -> consider(map));
    }

    private void consider(HeatMap map) {
        RasterSnapshotWriter writer = model.sample().snapshots();
        if (writer == null || map == null || map.status() != RasterStatus.READY_FOR_SNAPSHOT
                || !model.control().masterProperty().get() || !hasImage.getAsBoolean() || !taken.add(map.requestUid())) {
            return;
        }
        String uid = map.requestUid();
        // after the other listeners of this change (the overlay placing the cells) have run
        model.fx().execute(() -> {
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.BLACK); // the view's letterbox, not the snapshot's default white
            WritableImage image = picture.snapshot(params, null);
            writer.save(uid, () -> SwingFXUtils.fromFXImage(image, null)).whenComplete((file, failure) -> model.fx().execute(() -> {
                if (failure != null) {
                    taken.remove(uid);
                    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                    model.messages().gui("Raster snapshot not saved: " + cause.getMessage(), true);
                } else {
                    model.messages().gui("Raster snapshot saved: " + file, false);
                }
            }));
        });
    }

    /** How many rasters were pictured (or are being saved). */
    int taken() {
        return taken.size();
    }
}
