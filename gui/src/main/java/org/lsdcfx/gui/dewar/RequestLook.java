package org.lsdcfx.gui.dewar;

import org.lsdcfx.amostra.Priority;
import org.lsdcfx.amostra.RequestStatus;

/**
 * How a request row looks, from LSDC's priority semantics ({@code collection_priorities.rst}): running 99999
 * green and checked; queued (&gt; 0) checked; unqueued (0) unchecked; finished (−1) cyan and not checkable. The
 * explicit status refines the finished and unqueued cases: a failed or skipped request, or one interrupted by an
 * abort, can be queued again, so its box stays checkable. Pure.
 *
 * @param styleClass CSS class of the row
 * @param checked    the queue check box is ticked
 * @param checkable  the user may tick or untick it
 */
public record RequestLook(String styleClass, boolean checked, boolean checkable, String word) {
    public static final RequestLook RUNNING = new RequestLook("request-running", true, false, "running");
    public static final RequestLook QUEUED = new RequestLook("request-queued", true, true, "queued");
    public static final RequestLook UNQUEUED = new RequestLook("request-unqueued", false, true, "not queued");
    public static final RequestLook INTERRUPTED = new RequestLook("request-interrupted", false, true, "interrupted");
    public static final RequestLook DONE = new RequestLook("request-done", false, false, "done");
    public static final RequestLook FAILED = new RequestLook("request-failed", false, true, "failed");
    public static final RequestLook SKIPPED = new RequestLook("request-failed", false, true, "skipped");

    /** Every style class a request row can have (to clear them on a recycled cell). */
    public static final java.util.List<String> STYLE_CLASSES = java.util.List.of("request-running", "request-queued",
            "request-unqueued", "request-interrupted", "request-done", "request-failed");

    public static RequestLook of(int priority, RequestStatus status) {
        if (priority == Priority.RUNNING) {
            return RUNNING;
        }
        if (priority > 0) {
            return QUEUED;
        }
        if (priority == Priority.UNQUEUED) {
            return status == RequestStatus.INTERRUPTED ? INTERRUPTED : UNQUEUED;
        }
        if (status == RequestStatus.FAILED) {
            return FAILED;
        }
        return status == RequestStatus.SKIPPED ? SKIPPED : DONE;
    }
}
