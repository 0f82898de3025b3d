package org.lsdcfx.sim.detector;

import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.synth.CrystalHit;
import org.lsdcfx.analysis.synth.SynthParams;
import org.lsdcfx.analysis.synth.SyntheticFrame;
import org.lsdcfx.analysis.synth.SyntheticFrames;
import org.lsdcfx.analysis.synth.VirtualCrystal;

import java.util.ArrayList;
import java.util.List;

/**
 * Draws the frames of one series at one detector geometry with analysis' {@link SyntheticFrames}: for every crystal
 * the beam hits at the frame's goniometer pose ({@code VirtualCrystal.beamFraction}), Bragg spots whose number and
 * intensity scale with fraction × strength; a radial background; ice rings when the sample has ice; Poisson noise;
 * module gaps and the beamstop masked. Background, spot and ice counts scale with the beam intensity (ring current ×
 * transmission × shutter), so a closed shutter gives empty frames. Counts do not depend on the exposure time: the
 * simulated beamline behaves as if the flux were set for a fixed dose per frame.
 *
 * <p>Spots are Eiger-like (σ 1–1.5 px) at every frame size, so binned test frames stay findable with DIALS' default
 * 7 × 7 kernel; the number of spots of a whole good crystal is 300, fewer on frames too small to hold them apart
 * (one per 250 pixels).
 *
 * <p>Thread-safe: frames of a series may be drawn on any thread; the last parameter set is cached under {@code this}.
 */
public final class DiffractionModel {
    /** Counts at which the frames' pixels saturate (the analysis frames' overload). */
    public static final int OVERLOAD = 0xFFFE;
    static final double PHOTONS_PER_SPOT = 600;
    static final double ICE_RING_COUNTS = 6;
    private final DetectorGeometry geometry;
    private final int spotsAtFullCrystal;
    private final int iceSpotsPerRing;
    private final double beamstopRadiusPx;
    // Guarded by this: the generator for the last (intensity, ice) asked for; ring current noise changes it rarely.
    private SyntheticFrames cached;
    private double cachedIntensity = Double.NaN;
    private boolean cachedIce;

    public DiffractionModel(DetectorGeometry geometry) {
        this.geometry = geometry;
        int pixels = geometry.pixelCount();
        this.spotsAtFullCrystal = Math.max(1, Math.min(300, pixels / 250));
        this.iceSpotsPerRing = Math.max(2, Math.min(20, pixels / 8000));
        this.beamstopRadiusPx = Math.max(2, 1.5 / geometry.pixelSizeMm());
    }

    public DetectorGeometry geometry() {
        return geometry;
    }

    /** The frame the detector records under {@code light}, drawn with random seed {@code seed}. */
    public SyntheticFrame draw(Illumination light, long seed) {
        List<CrystalHit> hits = new ArrayList<>();
        for (VirtualCrystal c : light.sample().crystals()) {
            CrystalHit hit = light.pose().hit(c, light.beam());
            if (hit.fraction() > 0) {
                hits.add(hit);
            }
        }
        return frames(light.intensity(), light.sample().ice()).generate(hits, seed);
    }

    private synchronized SyntheticFrames frames(double intensity, boolean ice) {
        double s = Math.round(Math.max(0, intensity) * 1000) / 1000.0;
        if (cached == null || s != cachedIntensity || ice != cachedIce) {
            cached = new SyntheticFrames(geometry, params(s, ice));
            cachedIntensity = s;
            cachedIce = ice;
        }
        return cached;
    }

    /** What {@link SyntheticFrames} draws at relative beam intensity {@code s}. */
    SynthParams params(double s, boolean ice) {
        SynthParams.Background background = new SynthParams.Background(3 * s, 0.5 * s,
                0.25 * Math.min(geometry.nx(), geometry.ny()));
        SynthParams.Bragg bragg = new SynthParams.Bragg(spotsAtFullCrystal, PHOTONS_PER_SPOT * s, 20, 0.5, 1.0, 1.5,
                40, 2.0, 8);
        SynthParams.Ice rings = ice
                ? new SynthParams.Ice(SynthParams.Ice.STRONG_RINGS_A, ICE_RING_COUNTS * s, 1.5, iceSpotsPerRing, 500 * s)
                : SynthParams.Ice.NONE;
        return new SynthParams(background, bragg, rings, beamstopRadiusPx, OVERLOAD);
    }
}
