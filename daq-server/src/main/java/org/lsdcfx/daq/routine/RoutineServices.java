package org.lsdcfx.daq.routine;

import java.nio.file.Path;
import java.time.Clock;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.conftrak.Conftrak;
import org.lsdcfx.daq.beamline.BeamlineAccess;
import org.lsdcfx.daq.comm.StatusBoard;
import org.lsdcfx.mxtools.profile.BeamlineProfile;

/**
 * The server's services as routines and command handlers see them. All thread-safe.
 *
 * @param amostra        samples, containers, requests
 * @param conftrak       beamline configuration
 * @param analysisStore  results
 * @param beamline       the beamline's devices, or why they are not available
 * @param profile        the beamline profile
 * @param visitDirectory this server's visit directory (data go below it), null when none is set
 * @param status         GUI-facing status PVs
 * @param clock          time source
 */
public record RoutineServices(Amostra amostra, Conftrak conftrak, AnalysisStore analysisStore, BeamlineAccess beamline,
                              BeamlineProfile profile, Path visitDirectory, StatusBoard status, Clock clock) {
}
