package org.lsdcfx.gui.model;

import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * The model layer the panels' controllers work with; nothing else reaches the protocols. Built by the
 * application from its context (see {@code org.lsdcfx.gui.app.GuiServices}).
 *
 * @param fx     executes on the FX thread ({@code Platform::runLater})
 * @param raster the raster heat map's model (the shown raster, the score choice)
 * @param sample the sample view's model (camera feed, goniometer read-backs, click-to-centre)
 */
public record GuiModel(SessionInfo session, DewarContents contents, DewarModel dewar, Selection selection,
                       RequestService requests, ServerCommands commands, ControlModel control, CommStatus comm,
                       BeamlineStatus beamline, MessageLog messages, JobRunner jobs, Executor fx, Clock clock,
                       RasterFeed raster, SampleModel sample) {
}
