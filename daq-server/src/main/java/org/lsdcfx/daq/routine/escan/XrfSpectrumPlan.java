package org.lsdcfx.daq.routine.escan;

import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;

/**
 * A checked {@code xrfSpectrum} request: one MCA spectrum at a fixed excitation energy.
 *
 * @param energyEv    excitation energy ({@code energy}), eV; the current energy when the request has none
 * @param exposureS   count time ({@code exposure_time}), s
 * @param attenuation transmission 0..1 ({@code attenuation}), or null to leave the attenuators alone
 */
record XrfSpectrumPlan(double energyEv, double exposureS, Double attenuation) {
    /**
     * @param currentEv the monochromator energy now, used when the request names none
     * @throws IllegalArgumentException naming the bad value
     */
    static XrfSpectrumPlan from(RequestObj obj, EnergyScanRules rules, double currentEv) {
        double energy = number(obj, RequestKeys.ENERGY, currentEv);
        if (energy < rules.monoMinEv() || energy > rules.monoMaxEv()) {
            throw new IllegalArgumentException("the excitation energy " + EnergyFormat.ev(energy)
                    + " eV is outside the monochromator range " + rules.monoRange());
        }
        double exposure = number(obj, RequestKeys.EXPOSURE_TIME, EnergyScanInputs.DEFAULT_EXPOSURE_S);
        double max = rules.settings().maxExposureS();
        if (!(exposure > 0) || exposure > max) {
            throw new IllegalArgumentException("exposure_time must be more than 0 and at most " + EnergyFormat.ev(max)
                    + " s, got " + EnergyFormat.ev(exposure) + " s");
        }
        Double attenuation = obj.get(RequestKeys.ATTENUATION) == null ? null : number(obj, RequestKeys.ATTENUATION, 1);
        if (attenuation != null && (!(attenuation > 0) || attenuation > 1)) {
            throw new IllegalArgumentException("attenuation must be a transmission more than 0 and at most 1, got "
                    + EnergyFormat.ev(attenuation));
        }
        return new XrfSpectrumPlan(energy, exposure, attenuation);
    }

    private static double number(RequestObj obj, String key, double absent) {
        if (obj.get(key) == null) {
            return absent;
        }
        double v = obj.optDouble(key).orElse(Double.NaN);
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("request_obj." + key + " must be a finite number, got '" + obj.get(key) + "'");
        }
        return v;
    }
}
