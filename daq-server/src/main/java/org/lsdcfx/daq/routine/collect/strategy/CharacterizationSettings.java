package org.lsdcfx.daq.routine.collect.strategy;

/**
 * Settings of characterisation and of the heuristic strategy.
 *
 * @param strategyWidth    oscillation per image of the proposed collection, deg
 * @param totalRotation    rotation range of the proposed collection, deg
 * @param minSpots         fewer spots (no-ice, both reference images together) and no strategy is proposed
 * @param detectorRadiusMm beam centre to the detector's nearest edge, mm; 0: half the smaller side of the profile's
 *                         detector (LSDC {@code detRadius})
 * @param referenceGapDeg  the second reference image starts this far plus one width after the first (LSDC: 89°)
 */
public record CharacterizationSettings(double strategyWidth, double totalRotation, int minSpots, double detectorRadiusMm,
                                       double referenceGapDeg) {
    public CharacterizationSettings {
        if (!(strategyWidth > 0) || !(totalRotation > 0) || totalRotation > 3600) {
            throw new IllegalArgumentException("the strategy width must be > 0 and the total rotation 0..3600 degrees");
        }
        if (minSpots < 1 || detectorRadiusMm < 0 || !(referenceGapDeg >= 0)) {
            throw new IllegalArgumentException("minSpots must be >= 1, the detector radius >= 0, the reference gap >= 0");
        }
    }

    /** 0.2° images over 180°, at least 10 spots, radius from the profile, references 89° + width apart (LSDC). */
    public static CharacterizationSettings defaults() {
        return new CharacterizationSettings(0.2, 180, 10, 0, 89);
    }

    public CharacterizationSettings withMinSpots(int spots) {
        return new CharacterizationSettings(strategyWidth, totalRotation, spots, detectorRadiusMm, referenceGapDeg);
    }
}
