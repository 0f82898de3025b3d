package org.lsdcfx.analysis.spots;

import java.util.List;
import org.lsdcfx.analysis.synth.SynthParams;

/** Reduced-size detectors and synthetic settings shared by the tests, so the suite runs in seconds. */
public final class TestDetectors {

    private TestDetectors() {
    }

    /**
     * 512 × 512 pixels of 75 µm at 60 mm, λ = 1 Å, beam at the centre, Eiger-like modules of 250 × 120 with
     * 12-column and 10-row gaps. Resolution runs from the beamstop to 3.2 Å at the edges and 2.4 Å in the corners,
     * so the 3.90, 3.67, 3.44 and 2.67 Å ice rings fall on it.
     */
    public static DetectorGeometry small() {
        return new DetectorGeometry(512, 512, 0.075, 60, 256, 256, 1.0, new ModuleLayout(250, 120, 12, 10));
    }

    /** Eiger-like spots (σ 1–1.5 px) on a moderate background of 1–4 counts, for the DIALS-default kernel. */
    public static SynthParams eigerLikeSpots() {
        return SynthParams.defaults()
                .withBackground(new SynthParams.Background(4, 1, 200))
                .withBragg(new SynthParams.Bragg(120, 500, 10, 0.5, 1.0, 1.5, 40, 2.5, 10))
                .withBeamstopRadius(15);
    }

    /** The full 1–3 px σ range of the synthesiser; needs an 11 × 11 kernel (see README). */
    public static SynthParams wideSpots() {
        return eigerLikeSpots().withBragg(new SynthParams.Bragg(120, 2000, 10, 0.5, 1.0, 3.0, 40, 2.5, 10));
    }

    /** No spots and no ice: background and noise only. */
    public static SynthParams blank() {
        return eigerLikeSpots().withBragg(eigerLikeSpots().bragg().withSpots(0, 0));
    }

    /** Diffuse ice rings of 6 counts with 40 crystallite spots each. */
    public static SynthParams.Ice ice() {
        return new SynthParams.Ice(List.of(3.90, 3.67, 3.44, 2.67), 6, 1.5, 40, 600);
    }
}
