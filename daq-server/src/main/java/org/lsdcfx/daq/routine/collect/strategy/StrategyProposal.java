package org.lsdcfx.daq.routine.collect.strategy;

import java.util.List;

/**
 * A proposed collection, in LSDC's request parameters, with what it is based on.
 *
 * @param program      the program that proposed it
 * @param start        {@code sweep_start}, deg
 * @param end          {@code sweep_end}, deg
 * @param width        {@code img_width}, deg
 * @param exposureTime {@code exposure_time}, s
 * @param detDist      {@code detDist}, mm
 * @param transmission {@code attenuation} (transmission 0..1)
 * @param resolution   edge resolution at {@code detDist}, Å
 * @param spots        spots found on the reference images (no-ice)
 * @param observedDMin the best d_min seen on the reference images, Å (NaN if none)
 * @param notes        how the numbers were chosen, one line each (written to the strategy log)
 */
public record StrategyProposal(String program, double start, double end, double width, double exposureTime, double detDist,
                               double transmission, double resolution, int spots, double observedDMin, List<String> notes) {
    public StrategyProposal {
        notes = List.copyOf(notes);
    }
}
