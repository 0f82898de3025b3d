package org.lsdcfx.sim.sample;

import org.lsdcfx.analysis.synth.VirtualCrystal;

import java.util.ArrayList;
import java.util.List;

/**
 * What sits in the loop on the goniometer: the virtual crystals (sample-frame coordinates, mm, see
 * {@link VirtualCrystal} and {@link GoniometerPose}) and whether the loop carries ice (ice rings on every frame the
 * beam takes, crystal or not). The loop itself is centred on the sample-frame origin. Immutable.
 *
 * @param crystals the crystals, at most {@value #MAX_CRYSTALS}
 * @param ice      true to add ice rings to the frames
 */
public record SimSample(List<VirtualCrystal> crystals, boolean ice) {
    public static final int MAX_CRYSTALS = 100;

    /**
     * The demo sample: one good 60 µm crystal near the rotation axis, 30 µm along it from the loop centre, no ice.
     * With the goniometer at its origin the beam only grazes it, so a raster over the loop finds it.
     */
    public static final SimSample DEMO = new SimSample(List.of(new VirtualCrystal(0.030, 0.020, -0.010, 0.060, 1.0)),
            false);

    /** An empty loop without ice. */
    public static final SimSample EMPTY = new SimSample(List.of(), false);

    public SimSample {
        if (crystals == null) {
            throw new IllegalArgumentException("crystals must not be null (use an empty list)");
        }
        if (crystals.size() > MAX_CRYSTALS) {
            throw new IllegalArgumentException("at most " + MAX_CRYSTALS + " crystals, got " + crystals.size());
        }
        crystals = List.copyOf(crystals);
    }

    public SimSample withCrystals(List<VirtualCrystal> newCrystals) {
        return new SimSample(newCrystals, ice);
    }

    public SimSample withCrystal(VirtualCrystal added) {
        List<VirtualCrystal> all = new ArrayList<>(crystals);
        all.add(added);
        return new SimSample(all, ice);
    }

    public SimSample withIce(boolean on) {
        return new SimSample(crystals, on);
    }
}
