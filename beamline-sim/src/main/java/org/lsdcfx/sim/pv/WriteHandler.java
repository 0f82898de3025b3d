package org.lsdcfx.sim.pv;

/**
 * Reacts to a client's write of a simulated PV. Runs on the {@link SimThread}. Returns the value the PV then shows
 * (usually the requested one); throwing refuses the write (the client's put fails, nothing changes).
 */
@FunctionalInterface
public interface WriteHandler<T> {
    T accept(T requested) throws Exception;
}
