package org.lsdcfx.daq.routine.autoraster;

import java.time.Duration;

import org.lsdcfx.daq.control.AbortedException;
import org.lsdcfx.daq.routine.RoutineContext;
import org.lsdcfx.daq.routine.RoutineRequest;
import org.lsdcfx.daq.routine.RoutineServices;

/**
 * The context a child raster runs in: its own request, everything else the parent's (the same abort and pause, the
 * same status PVs). Its progress is mapped into the parent's range {@code from..to} so the parent's percentage keeps
 * growing. Used on the routine's thread only.
 */
final class ChildContext implements RoutineContext {
    private final RoutineContext parent;
    private final RoutineRequest child;
    private final double from;
    private final double to;
    private final String label;

    ChildContext(RoutineContext parent, RoutineRequest child, double from, double to, String label) {
        this.parent = parent;
        this.child = child;
        this.from = from;
        this.to = to;
        this.label = label;
    }

    @Override
    public RoutineRequest request() {
        return child;
    }

    @Override
    public RoutineServices services() {
        return parent.services();
    }

    @Override
    public void checkpoint() throws AbortedException, InterruptedException {
        parent.checkpoint();
    }

    @Override
    public boolean isAborting() {
        return parent.isAborting();
    }

    @Override
    public void progress(double fraction, String what) {
        double f = Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
        parent.progress(from + f * (to - from), label + ": " + (what == null ? "" : what));
    }

    @Override
    public void message(String text) {
        parent.message(text);
    }

    @Override
    public void waitUnlessAborted(Duration duration) throws AbortedException, InterruptedException {
        parent.waitUnlessAborted(duration);
    }

    @Override
    public void pauseForUser(String why) throws AbortedException, InterruptedException {
        parent.pauseForUser(why);
    }
}
