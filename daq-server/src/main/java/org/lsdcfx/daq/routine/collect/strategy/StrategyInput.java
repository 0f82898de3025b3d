package org.lsdcfx.daq.routine.collect.strategy;

import java.util.List;
import org.lsdcfx.amostra.RequestObj;

/**
 * What a strategy program gets.
 *
 * @param request          the characterisation request (exposure, transmission, start angle, characterizationParams)
 * @param images           the reference images with their spots
 * @param wavelengthA      wavelength of the collection, Å
 * @param detectorRadiusMm beam centre to the detector's nearest edge, mm
 * @param minDistanceMm    nearest detector distance the motor reaches, mm
 * @param maxDistanceMm    farthest detector distance, mm
 */
public record StrategyInput(RequestObj request, List<ReferenceImage> images, double wavelengthA, double detectorRadiusMm,
                            double minDistanceMm, double maxDistanceMm) {
    public StrategyInput {
        images = List.copyOf(images);
    }
}
