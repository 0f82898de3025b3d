package org.lsdcfx.analysis.xrf;

/** Linear MCA energy calibration: energy (eV) = offsetEv + gainEvPerChannel · channel. */
public record EnergyCalibration(double offsetEv, double gainEvPerChannel) {

    public EnergyCalibration {
        if (!Double.isFinite(offsetEv) || !(gainEvPerChannel > 0) || !Double.isFinite(gainEvPerChannel)) {
            throw new IllegalArgumentException("calibration needs a finite offset and a gain > 0 eV/channel, got "
                    + offsetEv + ", " + gainEvPerChannel);
        }
    }

    /** Energy (eV) at the centre of a channel. */
    public double energyEv(double channel) {
        return offsetEv + gainEvPerChannel * channel;
    }

    /** Fractional channel of an energy (eV). */
    public double channel(double energyEv) {
        return (energyEv - offsetEv) / gainEvPerChannel;
    }
}
