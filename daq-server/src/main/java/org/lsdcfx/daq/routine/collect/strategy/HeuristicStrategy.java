package org.lsdcfx.daq.routine.collect.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;

/**
 * A documented stand-in for EDNA, which is not available here. It does not index (no cell, no space group):
 * <ol>
 * <li>resolution: the best (smallest) d_min that spot finding reports on the reference images; fewer than
 *     {@code minSpots} spots in all → no strategy ("is the crystal in the beam?");</li>
 * <li>distance: the one that puts that resolution at the detector edge, by LSDC's exact formula
 *     L = r / tan(2·asin(λ/2d)) ({@link ResolutionGeometry}), kept within the detector motor's range (the resolution
 *     reported is then the edge resolution at the distance used);</li>
 * <li>rotation: from the request's {@code sweep_start} over the configured total rotation in images of the configured
 *     width;</li>
 * <li>exposure time and transmission: the reference images' (the request's).</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class HeuristicStrategy implements StrategyProgram {
    public static final String NAME = "lsdcfx-heuristic";
    private final CharacterizationSettings settings;

    public HeuristicStrategy(CharacterizationSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public StrategyProposal propose(StrategyInput in) throws StrategyException {
        List<String> notes = new ArrayList<>();
        int spots = 0;
        double best = Double.NaN;
        for (ReferenceImage image : in.images()) {
            spots += image.spots().spotCountNoIce();
            double d = image.spots().dMin();
            notes.add(String.format(Locale.ROOT, "reference at omega %.2f: %d spots (%d outside ice rings), d_min %s",
                    image.omega(), image.spots().spotCount(), image.spots().spotCountNoIce(),
                    Double.isFinite(d) ? String.format(Locale.ROOT, "%.2f A", d) : "not estimated"));
            if (Double.isFinite(d) && (Double.isNaN(best) || d < best)) {
                best = d;
            }
        }
        if (spots < settings.minSpots() || Double.isNaN(best)) {
            throw new StrategyException("only " + spots + " spots on the reference images (at least " + settings.minSpots()
                    + " with a resolution estimate are needed): no strategy; is the crystal centred in the beam?");
        }
        double distance;
        try {
            distance = ResolutionGeometry.distanceFor(in.wavelengthA(), in.detectorRadiusMm(), best, 0);
        } catch (IllegalArgumentException e) {
            throw new StrategyException("no detector distance reaches " + best + " A: " + e.getMessage());
        }
        double used = Math.max(in.minDistanceMm(), Math.min(in.maxDistanceMm(), distance));
        double resolution = ResolutionGeometry.edgeResolution(in.wavelengthA(), in.detectorRadiusMm(), used, 0);
        notes.add(String.format(Locale.ROOT, "resolution %.2f A needs %.1f mm (r = %.1f mm, lambda = %.4f A)%s", best,
                distance, in.detectorRadiusMm(), in.wavelengthA(),
                used == distance ? "" : String.format(Locale.ROOT, "; the motor range gives %.1f mm, edge at %.2f A",
                        used, resolution)));
        RequestObj r = in.request();
        double start = r.getDouble(RequestKeys.SWEEP_START, 0);
        double exposure = r.getDouble(RequestKeys.EXPOSURE_TIME, 0.1);
        double transmission = Math.max(0, Math.min(1, r.getDouble(RequestKeys.ATTENUATION, 1)));
        notes.add(String.format(Locale.ROOT, "rotation %.1f deg from %.1f in %.3f deg images; exposure %.4f s, "
                + "transmission %.3f (as the reference images)", settings.totalRotation(), start, settings.strategyWidth(),
                exposure, transmission));
        return new StrategyProposal(NAME, start, start + settings.totalRotation(), settings.strategyWidth(), exposure,
                round(used, 1), transmission, round(resolution, 2), spots, best, notes);
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
