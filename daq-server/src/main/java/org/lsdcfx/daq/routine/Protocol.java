package org.lsdcfx.daq.routine;

/**
 * A collection protocol: the strategy that runs requests whose {@code request_obj.protocol} is {@link #name()}
 * ("standard", "vector", "raster", "eScan", ...). Registered in a {@link ProtocolRegistry}; a request whose
 * protocol nobody registered is marked failed with that reason, never silently done.
 *
 * <p>Implementations are stateless factories and thread-safe; all per-request state lives in the
 * {@link Routine} that {@link #create} returns.
 */
public interface Protocol {
    /** The {@code request_obj.protocol} value this protocol runs. */
    String name();

    /** One line for docs and logs. */
    String description();

    /**
     * A fresh routine for one request. Throwing {@link IllegalArgumentException} here (a request this protocol
     * cannot run) marks the request failed with the exception's message; nothing has moved yet.
     */
    Routine create(RoutineRequest request);
}
