package org.lsdcfx.sim.sample;

import org.lsdcfx.analysis.synth.VirtualCrystal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What sits in the loop on the goniometer: the virtual crystals (sample-frame coordinates, mm, see
 * {@link VirtualCrystal} and {@link GoniometerPose}) and whether the loop carries ice (ice rings on every frame the
 * beam takes, crystal or not), and the elements in it that fluoresce (the MCA's spectrum). The loop itself is
 * centred on the sample-frame origin. Immutable.
 *
 * @param crystals the crystals, at most {@value #MAX_CRYSTALS}
 * @param ice      true to add ice rings to the frames
 * @param elements element symbol → amount, [0, {@value #MAX_AMOUNT}], in the order given; 1.0 makes as many
 *                 fluorescence counts as the demo sample's selenium (symbols are checked against analysis'
 *                 emission-line table by {@link ElementsJson#canonical})
 */
public record SimSample(List<VirtualCrystal> crystals, boolean ice, Map<String, Double> elements) {
    public static final int MAX_CRYSTALS = 100;
    public static final int MAX_ELEMENTS = 20;
    public static final double MAX_AMOUNT = 100;

    /** The demo sample's elements: selenium (a SeMet protein), with zinc and iron traces. */
    public static final Map<String, Double> DEFAULT_ELEMENTS = orderedCopy(Map.of("Se", 1.0, "Zn", 0.2, "Fe", 0.1),
            List.of("Se", "Zn", "Fe"));

    /**
     * The demo sample: one good 60 µm crystal near the rotation axis, 30 µm along it from the loop centre, no ice.
     * With the goniometer at its origin the beam only grazes it, so a raster over the loop finds it.
     */
    public static final SimSample DEMO = new SimSample(List.of(new VirtualCrystal(0.030, 0.020, -0.010, 0.060, 1.0)),
            false);

    /** A loop without crystals or ice (the default elements stay: its buffer still fluoresces). */
    public static final SimSample EMPTY = new SimSample(List.of(), false);

    /** A sample with {@link #DEFAULT_ELEMENTS}. */
    public SimSample(List<VirtualCrystal> crystals, boolean ice) {
        this(crystals, ice, DEFAULT_ELEMENTS);
    }

    public SimSample {
        if (crystals == null) {
            throw new IllegalArgumentException("crystals must not be null (use an empty list)");
        }
        if (crystals.size() > MAX_CRYSTALS) {
            throw new IllegalArgumentException("at most " + MAX_CRYSTALS + " crystals, got " + crystals.size());
        }
        crystals = List.copyOf(crystals);
        elements = checkElements(elements);
    }

    /**
     * An unmodifiable copy of {@code elements} in the same order, checked: at most {@value #MAX_ELEMENTS}, no blank
     * symbol, amounts within [0, {@value #MAX_AMOUNT}].
     *
     * @throws IllegalArgumentException saying which element is wrong
     */
    public static Map<String, Double> checkElements(Map<String, Double> elements) {
        if (elements == null) {
            throw new IllegalArgumentException("elements must not be null (use an empty map)");
        }
        if (elements.size() > MAX_ELEMENTS) {
            throw new IllegalArgumentException("at most " + MAX_ELEMENTS + " elements, got " + elements.size());
        }
        elements.forEach((symbol, amount) -> {
            if (symbol == null || symbol.isBlank()) {
                throw new IllegalArgumentException("element symbols must not be blank");
            }
            if (amount == null || !(amount >= 0 && amount <= MAX_AMOUNT)) {
                throw new IllegalArgumentException("amount of " + symbol + " must be within [0, " + MAX_AMOUNT
                        + "], was " + amount);
            }
        });
        return orderedCopy(elements, elements.keySet());
    }

    private static Map<String, Double> orderedCopy(Map<String, Double> map, Iterable<String> order) {
        Map<String, Double> copy = new LinkedHashMap<>();
        order.forEach(k -> copy.put(k, map.get(k)));
        return Collections.unmodifiableMap(copy);
    }

    public SimSample withCrystals(List<VirtualCrystal> newCrystals) {
        return new SimSample(newCrystals, ice, elements);
    }

    public SimSample withCrystal(VirtualCrystal added) {
        List<VirtualCrystal> all = new ArrayList<>(crystals);
        all.add(added);
        return new SimSample(all, ice, elements);
    }

    public SimSample withIce(boolean on) {
        return new SimSample(crystals, on, elements);
    }

    public SimSample withElements(Map<String, Double> newElements) {
        return new SimSample(crystals, ice, newElements);
    }
}
