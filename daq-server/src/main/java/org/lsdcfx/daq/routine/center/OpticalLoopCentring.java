package org.lsdcfx.daq.routine.center;

import java.util.Locale;
import java.util.function.Predicate;
import org.lsdcfx.analysis.loop.GreyImage;
import org.lsdcfx.analysis.loop.LoopFinder;
import org.lsdcfx.analysis.loop.LoopFinding;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.camera.FieldOfView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LSDC's {@code detect_loop} with classical image analysis ({@link LoopFinder}) on the low-magnification camera:
 * <ol>
 *   <li>look at the current omega ω0 (nothing found: sample X moves by {@code retryShiftUm} and it looks once more);
 *       centre the box along the axis (sample X; the tip when the loop is edge-on) and across it (Y/Z for ω0), looking
 *       again after each move until centred;</li>
 *   <li>ω0 + 90°: centre across the axis (and along it if the loop looks more face-on there);</li>
 *   <li>ω0 + 45°: one more height; the three heights give the face-on omega φ ({@link FaceOnFit});</li>
 *   <li>φ: centre along and across; φ + 90°: centre across, measuring the side-view height over the face-on box's
 *       columns; back to φ: confirm, centre if needed.</li>
 * </ol>
 * Omega is left at φ. Each image is one taken after the moves finished ({@link CameraFrames}); moves stay within the
 * motor limits ({@link GoniometerMoves}). The beam is at the camera image's centre. Stateless between calls;
 * thread-safe as long as one routine centres at a time.
 */
public final class OpticalLoopCentring implements LoopCentring {
    private static final Logger log = LoggerFactory.getLogger(OpticalLoopCentring.class);
    private final LoopCentringSettings settings;
    private final LoopFinder finder;

    public OpticalLoopCentring(LoopCentringSettings settings) {
        this.settings = settings;
        this.finder = new LoopFinder(settings.finder());
    }

    @Override
    public LoopBox centre(RoutineContext ctx) throws Exception {
        Beamline b = ctx.services().beamline().require();
        return new Run(ctx, new GoniometerMoves(b), new CameraFrames(b.lowMagCamera(), settings)).centre();
    }

    /** One centring: the routine context, the goniometer and the camera. */
    private final class Run {
        private final RoutineContext ctx;
        private final GoniometerMoves moves;
        private final CameraFrames frames;
        private final String who;

        Run(RoutineContext ctx, GoniometerMoves moves, CameraFrames frames) {
            this.ctx = ctx;
            this.moves = moves;
            this.frames = frames;
            this.who = "request " + ctx.request().uid() + " sample " + ctx.request().sample().name();
        }

        LoopBox centre() throws Exception {
            double w0 = moves.omega();
            Sighting first = look(w0, null);
            if (!first.found()) {
                log.info("AutoLoop {}: no loop at omega {} ({}); moving sample X by {} um", who, fmt(w0),
                        first.finding().reason(), fmt(settings.retryShiftUm()));
                ctx.message("AutoLoop: no loop in view, moving sample X by " + whole(settings.retryShiftUm())
                        + " um and looking again");
                ctx.checkpoint();
                moves.shiftX(settings.retryShiftUm());
                Sighting again = look(w0, null);
                if (!again.found()) {
                    throw new CentringException("no loop found on the " + frames.camera().name() + " camera at omega "
                            + fmt(w0) + " (" + first.finding().reason() + "), nor after moving sample X by "
                            + whole(settings.retryShiftUm()) + " um (" + again.finding().reason() + ")");
                }
                first = again;
            }
            Sighting a = centreIn(first, null, s -> true);
            double w90 = rotation(w0, 90);
            Sighting b = centreIn(lookAfterRotation(w90, null), null,
                    s -> s.finding().faceVisible() && s.heightUm() > a.heightUm());
            double w45 = (w0 + w90) / 2;
            Sighting c = lookAfterRotation(w45, null);
            requireFound(c);
            double phi = FaceOnFit.faceOn(new double[] {a.omegaDeg(), c.omegaDeg(), b.omegaDeg()},
                    new double[] {a.heightUm(), c.heightUm(), b.heightUm()}, w45);
            if (!moves.omegaAllowed(phi)) { // face-on repeats every 180°
                phi = moves.omegaAllowed(phi - 180) ? phi - 180 : phi + 180;
            }
            log.info("AutoLoop {}: heights {} / {} / {} um at omega {} / {} / {}: face-on at {}", who,
                    fmt(a.heightUm()), fmt(c.heightUm()), fmt(b.heightUm()), fmt(a.omegaDeg()), fmt(c.omegaDeg()),
                    fmt(b.omegaDeg()), fmt(phi));
            Sighting face = centreIn(lookAfterRotation(phi, null), null, s -> true);
            double[] columns = {face.finding().left(), face.finding().right()};
            Sighting side = centreIn(lookAfterRotation(rotation(phi, 90), columns), columns, s -> false);
            Sighting fin = centreIn(lookAfterRotation(phi, null), null, s -> true);
            double[] xyz = moves.xyz();
            LoopBox box = new LoopBox(fin.widthUm(), fin.heightUm(), side.heightUm(), phi, xyz[0], xyz[1], xyz[2]);
            log.info("AutoLoop {}: loop {} x {} um face-on, {} um side-on, face-on omega {}, centre X/Y/Z {} {} {}",
                    who, fmt(box.widthUm()), fmt(box.faceOnHeightUm()), fmt(box.sideHeightUm()), fmt(phi),
                    fmt(xyz[0]), fmt(xyz[1]), fmt(xyz[2]));
            return box;
        }

        /** {@code from + degrees} if omega may go there, else {@code from − degrees}. */
        private double rotation(double from, double degrees) {
            return moves.omegaAllowed(from + degrees) ? from + degrees : from - degrees;
        }

        private Sighting lookAfterRotation(double omega, double[] columns) throws Exception {
            ctx.checkpoint();
            moves.rotate(omega);
            return look(omega, columns);
        }

        /** A fresh image analysed; {@code columns} restrict the loop to a known range along the axis. */
        private Sighting look(double omega, double[] columns) throws Exception {
            GreyImage image = frames.afterMoves(ctx);
            LoopFinding f = columns == null ? finder.find(image) : finder.findBetween(image, columns[0], columns[1]);
            FieldOfView fov = frames.camera().fieldOfView();
            Sighting s = new Sighting(omega, f, fov.umPerPixelX(image.width()), fov.umPerPixelY(image.height()),
                    image.width(), image.height());
            log.debug("AutoLoop {}: omega {}: {}", who, fmt(omega), f);
            return s;
        }

        /**
         * Centres what {@code s} saw, looking again after each move, until the offsets are within
         * {@code centredPx} or {@code maxSightings} images were taken; returns the last sighting. In the side view
         * ({@code columns} known) the loop's plane is centred, its mid-line, so a crystal standing out of the plane
         * does not pull it off.
         */
        private Sighting centreIn(Sighting s, double[] columns, Predicate<Sighting> alongAxis) throws Exception {
            for (int n = 1; ; n++) {
                requireFound(s);
                double h = 0;
                if (alongAxis.test(s)) {
                    h = s.finding().faceVisible() ? s.hUm() : s.tipHUm();
                }
                double v = columns == null ? s.vUm() : s.midVUm();
                boolean centred = Math.abs(h) <= settings.centredPx() * s.umPerPxX()
                        && Math.abs(v) <= settings.centredPx() * s.umPerPxY();
                if (centred || n >= settings.maxSightings()) {
                    if (!centred) {
                        log.warn("AutoLoop {}: still {} / {} um off after {} images at omega {}", who, fmt(h),
                                fmt(v), n, fmt(s.omegaDeg()));
                    }
                    return s;
                }
                ctx.checkpoint();
                if (!moves.centre(h, v, s.omegaDeg())) {
                    return s;
                }
                s = look(s.omegaDeg(), columns);
            }
        }

        private void requireFound(Sighting s) throws CentringException {
            if (!s.found()) {
                throw new CentringException("the loop was lost at omega " + fmt(s.omegaDeg()) + ": "
                        + s.finding().reason());
            }
        }
    }

    static String whole(double v) {
        return String.format(Locale.ROOT, "%.0f", v);
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
