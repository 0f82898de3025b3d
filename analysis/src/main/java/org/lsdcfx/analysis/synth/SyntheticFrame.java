package org.lsdcfx.analysis.synth;

import java.util.List;
import org.lsdcfx.analysis.spots.Frame;

/**
 * A synthetic frame and the spots drawn into it.
 *
 * @param frame the image, masked for module gaps and the beamstop
 * @param spots every spot drawn, Bragg and ice
 */
public record SyntheticFrame(Frame frame, List<TrueSpot> spots) {

    public SyntheticFrame {
        spots = List.copyOf(spots);
    }

    /** The crystal's spots only. */
    public List<TrueSpot> braggSpots() {
        return spots.stream().filter(s -> !s.ice()).toList();
    }

    /** The ice-crystallite spots only. */
    public List<TrueSpot> iceSpots() {
        return spots.stream().filter(TrueSpot::ice).toList();
    }
}
