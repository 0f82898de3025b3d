package org.lsdcfx.sim.sample;

import org.lsdcfx.analysis.synth.VirtualCrystal;
import org.lsdcfx.sim.physics.BeamSize;
import org.lsdcfx.sim.pv.ControlStatus;
import org.lsdcfx.sim.pv.PvHost;
import org.lsdcfx.sim.pv.PvType;
import org.lsdcfx.sim.pv.SimPv;

import java.util.List;
import java.util.Map;

/**
 * The simulator-control PVs of the sample and beam, under {@code <prefix>{Sim}}:
 * <ul>
 *   <li>{@code Crystals-SP} (string): a JSON array of crystals ({@link CrystalsJson}, µm) replacing all crystals;
 *       reads back the current list in canonical form, also after {@code Add}/{@code Clear} or a Java change</li>
 *   <li>{@code Crystals:Add-Cmd} (string): one JSON crystal object, appended</li>
 *   <li>{@code Crystals:Clear-Cmd} (int): 1 removes all crystals</li>
 *   <li>{@code Crystals:Count-I} (int): number of crystals</li>
 *   <li>{@code Ice-Sel} (int): 1 adds ice rings to every frame, 0 removes them</li>
 *   <li>{@code Beam:Width-SP}, {@code Beam:Height-SP} (double, µm): the beam size at the sample</li>
 *   <li>{@code Elements-SP} (string): the fluorescing elements, a JSON object of amounts ({@link ElementsJson}),
 *       replacing all; reads back canonically</li>
 * </ul>
 * A refused write (bad JSON, an unknown element, too many crystals, a beam size out of range) changes nothing, fails the put and says why
 * on {@code {Sim}Status-I}. The Java setters do the same changes for {@code SimControls}. Confined to the simulator
 * thread.
 */
public final class SampleControls {
    private final SampleHolder holder;
    private final SimPv<String> crystalsPv;
    private final SimPv<Integer> count;
    private final SimPv<Integer> icePv;
    private final SimPv<Double> beamWidth;
    private final SimPv<Double> beamHeight;
    private final SimPv<String> elementsPv;
    private final ElementsJson elementsJson;

    public SampleControls(PvHost host, String controlPrefix, ControlStatus status, SampleHolder holder,
                          ElementsJson elementsJson) {
        this.holder = holder;
        this.elementsJson = elementsJson;
        String p = controlPrefix;
        SimSample initial = holder.sample();
        crystalsPv = host.writable(p + "Crystals-SP", PvType.STRING, CrystalsJson.format(initial.crystals()), "",
                "simulator: crystals in the loop, JSON array of {x_um, y_um, z_um, size_um, strength} (replaces all)",
                status.reporting(p + "Crystals-SP", v -> {
                    setCrystals(CrystalsJson.parseList(v));
                    return CrystalsJson.format(holder.sample().crystals());
                }));
        host.writable(p + "Crystals:Add-Cmd", PvType.STRING, "", "",
                "simulator: add one crystal, JSON object {x_um, y_um, z_um, size_um, strength}",
                status.reporting(p + "Crystals:Add-Cmd", v -> {
                    addCrystal(CrystalsJson.parseOne(v));
                    return v;
                }));
        host.writable(p + "Crystals:Clear-Cmd", PvType.INT, 0, "", "simulator: remove all crystals (write 1)",
                status.reporting(p + "Crystals:Clear-Cmd", v -> {
                    if (v != 1) {
                        throw new IllegalArgumentException("write 1 to remove all crystals, not " + v);
                    }
                    setCrystals(List.of());
                    return 0;
                }));
        count = host.readOnly(p + "Crystals:Count-I", PvType.INT, initial.crystals().size(), "",
                "simulator: number of crystals in the loop");
        icePv = host.writable(p + "Ice-Sel", PvType.INT, initial.ice() ? 1 : 0, "",
                "simulator: 1 adds ice rings to every frame, 0 removes them",
                status.reporting(p + "Ice-Sel", v -> {
                    if (v != 0 && v != 1) {
                        throw new IllegalArgumentException("write 1 (ice) or 0 (no ice), not " + v);
                    }
                    setIce(v == 1);
                    return v;
                }));
        BeamSize beam = holder.beam();
        beamWidth = host.writable(p + "Beam:Width-SP", PvType.DOUBLE, beam.widthUm(), "um",
                "simulator: beam width at the sample (along the omega axis)",
                status.reporting(p + "Beam:Width-SP", v -> {
                    setBeam(new BeamSize(v, holder.beam().heightUm()));
                    return v;
                }));
        beamHeight = host.writable(p + "Beam:Height-SP", PvType.DOUBLE, beam.heightUm(), "um",
                "simulator: beam height at the sample",
                status.reporting(p + "Beam:Height-SP", v -> {
                    setBeam(new BeamSize(holder.beam().widthUm(), v));
                    return v;
                }));
        elementsPv = host.writable(p + "Elements-SP", PvType.STRING, ElementsJson.format(initial.elements()), "",
                "simulator: fluorescing elements in the sample, JSON object {symbol: amount} (replaces all)",
                status.reporting(p + "Elements-SP", v -> {
                    setElements(elementsJson.parse(v));
                    return ElementsJson.format(holder.sample().elements());
                }));
    }

    /** Replaces all elements (symbols checked against the emission-line table, amounts within SimSample's range). */
    public void setElements(Map<String, Double> elements) {
        setSample(holder.sample().withElements(elementsJson.canonical(elements)));
    }

    /** Replaces all crystals (validated by {@link SimSample}: at most {@value SimSample#MAX_CRYSTALS}). */
    public void setCrystals(List<VirtualCrystal> crystals) {
        setSample(holder.sample().withCrystals(crystals));
    }

    public void addCrystal(VirtualCrystal crystal) {
        setSample(holder.sample().withCrystal(crystal));
    }

    public void setIce(boolean on) {
        setSample(holder.sample().withIce(on));
    }

    public void setBeam(BeamSize beam) {
        holder.setBeam(beam);
        beamWidth.set(beam.widthUm());
        beamHeight.set(beam.heightUm());
    }

    private void setSample(SimSample sample) {
        holder.setSample(sample);
        crystalsPv.set(CrystalsJson.format(sample.crystals()));
        count.set(sample.crystals().size());
        icePv.set(sample.ice() ? 1 : 0);
        elementsPv.set(ElementsJson.format(sample.elements()));
    }
}
