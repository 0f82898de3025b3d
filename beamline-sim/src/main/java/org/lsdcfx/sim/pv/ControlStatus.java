package org.lsdcfx.sim.pv;

/**
 * The simulator's {@code {Sim}Status-I} PV: the outcome of the last simulator-control write, empty when it was
 * accepted and the reason when it was refused. core-pva tells a client whose put was refused only "Write failed", so
 * the reason goes here, as the governor's {@code Sts:Status-Sts} does for its refusals. Used on the simulator thread.
 */
public final class ControlStatus {
    private final SimPv<String> status;

    public ControlStatus(PvHost host, String controlPrefix) {
        status = host.readOnly(controlPrefix + "Status-I", PvType.STRING, "", "",
                "simulator: why the last control write was refused (empty when accepted)");
    }

    /** {@code handler} reporting its outcome here: refusals publish "{@code <pv>}: reason" and are rethrown. */
    public <T> WriteHandler<T> reporting(String pv, WriteHandler<T> handler) {
        return requested -> {
            try {
                T shown = handler.accept(requested);
                status.set("");
                return shown;
            } catch (Exception e) {
                status.publish(pv + ": " + e.getMessage());
                throw e;
            }
        };
    }

    /** The current message. */
    public String message() {
        return status.get();
    }
}
