package org.lsdcfx.gui.model;

import java.util.Locale;
import java.util.Optional;
import org.lsdcfx.daq.command.CommandChannel;
import org.lsdcfx.daq.command.CommandReply;
import org.lsdcfx.mxtools.profile.CameraSpec;

/**
 * What the sample view works with: the camera feed, the goniometer read-backs, the camera calibration, and the two
 * commands it sends to the daq server ({@code center_on_click}, {@code move_omega}); their refusals and failures are
 * reported in the {@link MessageLog} with the server's reason, as {@link ServerCommands} does. Thread-safe commands.
 */
public final class SampleModel implements AutoCloseable {
    private final CameraFeed camera;
    private final CameraSpec cameraSpec;
    private final SampleMotors motors;
    private final ServerLink link;
    private final MessageLog log;

    /** @param cameraSpec the feed's camera in the profile (its field of view calibrates clicks and overlays) */
    private final RasterSnapshotWriter snapshots;

    public SampleModel(CameraFeed camera, CameraSpec cameraSpec, SampleMotors motors, ServerLink link, MessageLog log,
                       RasterSnapshotWriter snapshots) {
        this.snapshots = snapshots;
        this.camera = camera;
        this.cameraSpec = cameraSpec;
        this.motors = motors;
        this.link = link;
        this.log = log;
    }

    /** Saves raster pictures (READY_FOR_SNAPSHOT); null when this GUI saves none. */
    public RasterSnapshotWriter snapshots() {
        return snapshots;
    }

    public CameraFeed camera() {
        return camera;
    }

    public SampleMotors motors() {
        return motors;
    }

    /** The geometry of a frame of this camera, or empty when the profile gives no field of view. */
    public Optional<SampleGeometry> geometry(CameraFrame frame) {
        if (frame == null || cameraSpec.fovWidthUm() == null || cameraSpec.fovHeightUm() == null) {
            return Optional.empty();
        }
        return Optional.of(new SampleGeometry(cameraSpec.fovWidthUm(), cameraSpec.fovHeightUm(), frame.width(), frame.height()));
    }

    /** Click-to-centre on pixel ({@code x}, {@code y}) of a {@code width} × {@code height} image of this camera. */
    public CommandTicket centreOnClick(double x, double y, int width, int height) {
        String label = String.format(Locale.ROOT, "Centre on click (%.0f, %.0f)", x, y);
        return report(label, link.send(CommandChannel.SERIAL, "center_on_click", x, y, width, height, camera.camera()));
    }

    /** Rotates omega by {@code degrees}. */
    public CommandTicket rotateOmega(double degrees) {
        return report(String.format(Locale.ROOT, "Omega %+.0f°", degrees),
                link.send(CommandChannel.SERIAL, "move_omega", degrees));
    }

    private CommandTicket report(String label, CommandTicket ticket) {
        ticket.decision().whenComplete((reply, failure) -> {
            if (failure != null) {
                log.guiPopup(label + ": not sent to the daq server (" + failure.getMessage() + ")");
            } else if (reply.phase() == CommandReply.Phase.REJECTED) {
                log.guiPopup(label + " refused by the daq server: " + reply.reason());
            }
        });
        ticket.completion().whenComplete((reply, failure) -> {
            if (reply != null && reply.phase() == CommandReply.Phase.FAILED) {
                log.guiPopup(label + " failed: " + reply.reason());
            } else if (reply != null && reply.phase() == CommandReply.Phase.DONE) {
                log.gui(label + ": " + reply.reason(), false);
            }
        });
        return ticket;
    }

    /** Stops the camera polling and the read-back monitors. */
    @Override
    public void close() {
        camera.close();
        motors.close();
    }
}
