package org.lsdcfx.daq.guard;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.lsdcfx.daq.command.Caller;

/**
 * Server-side control master (LSDC's {@code zinger_flag}, enforced here instead of by each GUI). At most one
 * client connection holds control; while it does, {@link Access#MASTER} commands from any other caller are
 * refused. Nobody holding control means anyone may command. Staff can take control over and can lock the
 * beamline ({@code lockGUI}) so that only staff may command. Control ends when its holder releases it or when
 * the holder's PVA connection goes away (so a crashed GUI does not keep it), or after the holder sent no admitted
 * command for the idle limit (conftrak {@code controlMasterTimeout}).
 *
 * <p>Published flag ({@link #flag()}): "" when free, {@code user@host} of the holder, or {@code -user@host}
 * of the staff member who locked the beamline (negative = locked, as in LSDC).
 *
 * <p>Thread-safe: state is guarded by {@code lock}; listeners run on the changing thread, outside the lock.
 */
public final class ControlMaster {
    /** Who holds control (or the lock) since when. */
    public record Lease(Caller holder, Instant since) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final StaffList staff;
    private final Predicate<Caller> connected;
    private final Clock clock;
    private final java.time.Duration idleLimit;
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final Object lock = new Object();
    private Lease lease;    // guarded by lock
    private Lease lockedBy; // guarded by lock
    private Instant lastActivity; // guarded by lock; last admitted command of the holder

    /**
     * @param connected tells whether a caller's client connection is still open
     * @param idleLimit control lapses after this long without an admitted command from the holder; zero = never
     */
    public ControlMaster(StaffList staff, Predicate<Caller> connected, Clock clock, java.time.Duration idleLimit) {
        this.staff = staff;
        this.connected = connected;
        this.clock = clock;
        this.idleLimit = idleLimit;
    }

    /** Records that the holder is active (an admitted command), which keeps its control from lapsing. */
    public void noteActivity(Caller caller) {
        synchronized (lock) {
            if (lease != null && lease.holder().sameConnection(caller)) {
                lastActivity = clock.instant();
            }
        }
    }

    /** Listens to {@link #flag()} changes; called at once with the current flag. */
    public void addListener(Consumer<String> listener) {
        listeners.add(listener);
        listener.accept(flag());
    }

    /** The {@code zinger_flag} text. */
    public String flag() {
        synchronized (lock) {
            if (lockedBy != null) {
                return "-" + lockedBy.holder().display();
            }
            return lease == null ? "" : lease.holder().display();
        }
    }

    /** The current holder, if any. */
    public java.util.Optional<Lease> lease() {
        synchronized (lock) {
            return java.util.Optional.ofNullable(lease);
        }
    }

    /** Null if the caller may send {@link Access#MASTER} commands now, else the reason. */
    public String refusal(Caller caller) {
        pruneDisconnected();
        synchronized (lock) {
            if (lockedBy != null) {
                return staff.isStaff(caller) ? null : lockedReason();
            }
            if (lease == null || lease.holder().sameConnection(caller)) {
                return null;
            }
            return "control is held by " + describe(lease) + "; ask them to release it (releaseControl), or staff can take over (takeControl)";
        }
    }

    /** Null if the caller may take control now, else the reason. */
    public String takeRefusal(Caller caller) {
        pruneDisconnected();
        synchronized (lock) {
            return takeRefusalLocked(caller);
        }
    }

    private String takeRefusalLocked(Caller caller) {
        if (lockedBy != null && !staff.isStaff(caller)) {
            return lockedReason();
        }
        if (lease != null && !lease.holder().sameConnection(caller) && !staff.isStaff(caller)) {
            return "control is held by " + describe(lease) + "; only staff can take over";
        }
        return null;
    }

    /**
     * Gives control to the caller.
     *
     * @return what happened, for the reply
     * @throws IllegalStateException with the reason if the caller may not take control
     */
    public String take(Caller caller) {
        pruneDisconnected();
        String message;
        synchronized (lock) {
            String refusal = takeRefusalLocked(caller);
            if (refusal != null) {
                throw new IllegalStateException(refusal);
            }
            Lease previous = lease;
            lease = new Lease(caller, clock.instant());
            lastActivity = lease.since();
            message = caller.display() + " has control"
                    + (previous != null && !previous.holder().sameConnection(caller) ? " (taken over from " + previous.holder().display() + ")" : "");
        }
        fire();
        return message;
    }

    /**
     * Gives control up. The holder and staff may release it.
     *
     * @throws IllegalStateException with the reason otherwise
     */
    public String release(Caller caller) {
        String message;
        synchronized (lock) {
            if (lease == null) {
                throw new IllegalStateException("nobody holds control");
            }
            if (!lease.holder().sameConnection(caller) && !staff.isStaff(caller)) {
                throw new IllegalStateException("control is held by " + describe(lease) + ", not by " + caller.display());
            }
            message = lease.holder().display() + " released control";
            lease = null;
        }
        fire();
        return message;
    }

    /** Locks the beamline for staff only ({@code lockGUI}); the staff caller becomes control master. */
    public String lockBeamline(Caller staffCaller) {
        synchronized (lock) {
            Lease now = new Lease(staffCaller, clock.instant());
            lockedBy = now;
            lease = now;
            lastActivity = now.since();
        }
        fire();
        return "beamline locked by " + staffCaller.display() + ": only staff can send commands";
    }

    /** Unlocks the beamline ({@code unlockGUI}); control stays with its holder. */
    public String unlockBeamline(Caller staffCaller) {
        synchronized (lock) {
            if (lockedBy == null) {
                throw new IllegalStateException("the beamline is not locked");
            }
            lockedBy = null;
        }
        fire();
        return "beamline unlocked by " + staffCaller.display();
    }

    /**
     * Ends control held by a client whose connection has closed or that has been idle past the limit. Called on
     * every check and once a second.
     */
    public void pruneDisconnected() {
        boolean changed = false;
        synchronized (lock) {
            boolean gone = lease != null && lease.holder().address() != null && !connected.test(lease.holder());
            boolean idle = lease != null && lockedBy == null && !idleLimit.isZero()
                    && lastActivity.plus(idleLimit).isBefore(clock.instant());
            if (gone || idle) {
                lease = null;
                changed = true;
            }
        }
        if (changed) {
            fire();
        }
    }

    private String lockedReason() {
        return "the beamline is locked by staff member " + describe(lockedBy) + " (lockGUI); only staff can send commands";
    }

    private String describe(Lease l) {
        return l.holder().display() + " (since " + TIME.format(l.since().atZone(ZoneId.systemDefault())) + ")";
    }

    private void fire() {
        String flag = flag();
        for (Consumer<String> l : listeners) {
            l.accept(flag);
        }
    }
}
