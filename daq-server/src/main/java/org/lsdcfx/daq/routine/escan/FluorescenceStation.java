package org.lsdcfx.daq.routine.escan;

import java.time.Duration;
import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.device.DeviceException;
import org.lsdcfx.device.fluorescence.FluorescenceReading;
import org.lsdcfx.device.fluorescence.McaRoi;
import org.lsdcfx.device.governor.Governor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The beamline in its fluorescence configuration: the governor in XF (the fluorescence detector in) for the
 * duration, back to SA afterwards; the sample exposed only while the MCA counts (the fast shutter opens around each
 * count and is closed between points, so a pause or a failure never leaves the beam on the sample). Used on the
 * routine's thread; {@link #closeShutter()} may be called from the abort step.
 */
final class FluorescenceStation {
    /** LSDC's governor states: fluorescence (detector in) and sample alignment. */
    static final String FLUORESCENCE = "XF";
    static final String SAMPLE_ALIGNMENT = "SA";
    private static final Logger log = LoggerFactory.getLogger(FluorescenceStation.class);
    private static final Duration TRANSMISSION_TIMEOUT = Duration.ofSeconds(30);

    private final Beamline beamline;
    private final EnergyScanSettings settings;
    private boolean entered; // routine thread only

    FluorescenceStation(Beamline beamline, EnergyScanSettings settings) {
        this.beamline = beamline;
        this.settings = settings;
    }

    /**
     * The preparation both fluorescence routines share: transmission (when given), MCA ROI (when given), governor to
     * XF, monochromator to {@code targetEv}, with a checkpoint between the steps so a pause or abort lands early.
     */
    void prepare(RoutineContext ctx, Double transmission, McaRoi roi, MonochromatorMoves moves, double targetEv)
            throws AbortedException, InterruptedException {
        if (transmission != null) {
            ctx.progress(0, "transmission " + EnergyFormat.ev(transmission));
            beamline.transmission().set(transmission, TRANSMISSION_TIMEOUT);
        }
        if (roi != null) {
            setRoi(roi);
        }
        ctx.checkpoint();
        ctx.progress(0, "governor to " + FLUORESCENCE);
        enter();
        ctx.checkpoint();
        ctx.progress(0, "monochromator to " + EnergyFormat.ev(targetEv) + " eV");
        moves.move(beamline.energy(), ctx.services().profile(), targetEv);
    }

    /** Sets the MCA ROI. */
    void setRoi(McaRoi roi) {
        beamline.fluorescence().setRoi(roi, settings.shutterTimeout());
    }

    /**
     * Governor to XF, through SA when XF cannot be reached directly (after a mount it is in SA; in SE it must pass SA).
     *
     * @throws IllegalStateException when neither is reachable from the current state
     */
    void enter() {
        Governor governor = beamline.governor();
        String state = governor.state();
        if (!FLUORESCENCE.equals(state) && !governor.canReach(FLUORESCENCE)) {
            if (!governor.canReach(SAMPLE_ALIGNMENT)) {
                throw new IllegalStateException("the governor is in " + state + ", from which neither " + FLUORESCENCE
                        + " (fluorescence) nor " + SAMPLE_ALIGNMENT + " can be reached");
            }
            governor.transitionTo(SAMPLE_ALIGNMENT, settings.governorTimeout());
        }
        entered = true;
        governor.transitionTo(FLUORESCENCE, settings.governorTimeout());
    }

    /** Governor back to SA if this station moved it to XF and it is still there. Idempotent. */
    void leave() {
        if (!entered) {
            return;
        }
        Governor governor = beamline.governor();
        if (FLUORESCENCE.equals(governor.state())) {
            governor.transitionTo(SAMPLE_ALIGNMENT, settings.governorTimeout());
        }
        entered = false;
    }

    /** Opens the shutter, counts for {@code seconds} (preset real time), closes the shutter (also when counting fails). */
    FluorescenceReading count(double seconds) {
        beamline.fastShutter().open(settings.shutterTimeout());
        try {
            return beamline.fluorescence().acquire(seconds, Duration.ofMillis((long) (seconds * 1000 * 3)).plusSeconds(10));
        } finally {
            beamline.fastShutter().close(settings.shutterTimeout());
        }
    }

    /** Closes the shutter; bounded, never throws (for the abort step). */
    void closeShutter() {
        try {
            beamline.fastShutter().close(Duration.ofSeconds(2));
        } catch (DeviceException e) {
            log.warn("Could not close the fast shutter: {}", e.getMessage());
        }
    }
}
