package org.lsdcfx.daq.routine.collect.strategy;

import java.nio.file.Path;
import org.lsdcfx.analysis.spots.FrameResult;

/**
 * A characterisation reference image and what spot finding saw on it.
 *
 * @param master the image's NXmx master file
 * @param omega  omega at the start of the image, deg
 * @param spots  the spot finder's result (spot counts, d_min)
 */
public record ReferenceImage(Path master, double omega, FrameResult spots) {
}
