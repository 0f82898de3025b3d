package org.lsdcfx.device;

/**
 * A device could not do what was asked: a PV did not connect or disconnected, a wait timed out, the device or the
 * profile refused the request, or the device reported a fault. The message always names the device and, where one
 * is involved, the PV. Unchecked so it travels through futures and lambdas; callers that must react (routines,
 * abort handling) catch it and inspect {@link #fault()}.
 */
public class DeviceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What kind of failure this is. */
    public enum Fault {
        /** A PV did not connect in time or lost its connection. */
        DISCONNECTED,
        /** A wait for a condition (move done, frames written, state reached) ran out of time. */
        TIMEOUT,
        /** The request was refused before anything changed (out of limits, bad argument, governor rule, busy). */
        REFUSED,
        /** The device reported a failure (robot error, motor stalled or stopped short, IOC rejected a write). */
        FAILED,
        /** The calling thread was interrupted while waiting. */
        INTERRUPTED
    }

    private final String device;
    private final String pv;
    private final Fault fault;

    public DeviceException(String device, String pv, Fault fault, String message) {
        this(device, pv, fault, message, null);
    }

    public DeviceException(String device, String pv, Fault fault, String message, Throwable cause) {
        super(device + (pv == null ? "" : " (" + pv + ")") + ": " + message, cause);
        this.device = device;
        this.pv = pv;
        this.fault = fault;
    }

    /** Device name, e.g. the motor descriptor "omega" or "robot". */
    public String device() {
        return device;
    }

    /** The PV involved, or null when the failure concerns the device as a whole. */
    public String pv() {
        return pv;
    }

    public Fault fault() {
        return fault;
    }
}
