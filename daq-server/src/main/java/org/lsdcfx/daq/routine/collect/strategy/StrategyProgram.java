package org.lsdcfx.daq.routine.collect.strategy;

/**
 * Proposes a data collection from characterisation reference images (LSDC runs EDNA here). Implementations:
 * {@link HeuristicStrategy}; an EDNA (or DIALS/MOSFLM) program can replace it by implementing this interface and
 * being passed to {@code CollectionServices.builder().strategy(...)}. Called on the routine's thread; may take long
 * (it is not abortable from outside, so keep it bounded).
 */
public interface StrategyProgram {
    /** Short name stored with the result, e.g. "lsdcfx-heuristic", "edna". */
    String name();

    StrategyProposal propose(StrategyInput input) throws StrategyException;
}
