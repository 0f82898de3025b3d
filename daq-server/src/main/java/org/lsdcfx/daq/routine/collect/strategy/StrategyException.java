package org.lsdcfx.daq.routine.collect.strategy;

/** No strategy can be proposed; the message says why (e.g. too few spots). */
public class StrategyException extends Exception {
    private static final long serialVersionUID = 1L;

    public StrategyException(String message) {
        super(message);
    }
}
