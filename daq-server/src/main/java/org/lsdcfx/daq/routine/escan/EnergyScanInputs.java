package org.lsdcfx.daq.routine.escan;

import java.util.Optional;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;

/**
 * The inputs of an energy scan as a user gives them (command arguments or an {@code eScan} request_obj), unchecked;
 * null means "the default". {@link EnergyScanRules#validate} turns them into a plan or says what is wrong.
 *
 * @param element      element symbol ({@code element})
 * @param edge         edge name ({@code edge}, new in LSDC-FX: LSDC took the element's usual edge); null = default
 * @param scanEnergyEv scan centre ({@code scanEnergy}), eV; null = the tabulated edge
 * @param steps        number of points ({@code steps}); null = {@value #DEFAULT_STEPS}
 * @param stepsizeEv   point spacing ({@code stepsize}), eV; null = {@value #DEFAULT_STEPSIZE_EV}
 * @param exposureS    count time per point ({@code exposure_time}), s; null = {@value #DEFAULT_EXPOSURE_S}
 * @param roiLo        first MCA channel counted ({@code mcaRoiLo}); null = from the element's line
 * @param roiHi        last MCA channel counted ({@code mcaRoiHi}); null = from the element's line
 * @param attenuation  transmission 0..1 ({@code attenuation}); null = leave the attenuators as they are
 */
public record EnergyScanInputs(String element, String edge, Double scanEnergyEv, Long steps, Double stepsizeEv,
                               Double exposureS, Long roiLo, Long roiHi, Double attenuation) {
    /** LSDC's defaults. */
    public static final long DEFAULT_STEPS = 41;
    public static final double DEFAULT_STEPSIZE_EV = 1;
    public static final double DEFAULT_EXPOSURE_S = 1;
    /** Request key for the edge (LSDC-FX; LSDC had none). */
    public static final String EDGE = "edge";
    /** scanEnergy values below this are taken as keV (LSDC's GUI showed the edge in keV). */
    static final double KEV_BELOW = 100;

    /**
     * Reads an {@code eScan} request_obj.
     *
     * @throws IllegalArgumentException naming the key whose value has the wrong type
     */
    public static EnergyScanInputs fromRequestObj(RequestObj obj) {
        String element = obj.optString(RequestKeys.ELEMENT).orElseThrow(() -> new IllegalArgumentException(
                "the request has no element (request_obj.element, e.g. Se)"));
        Double scanEnergy = number(obj, RequestKeys.SCAN_ENERGY);
        if (scanEnergy != null && scanEnergy > 0 && scanEnergy < KEV_BELOW) {
            scanEnergy = scanEnergy * 1000;
        }
        return new EnergyScanInputs(element, obj.optString(EDGE).orElse(null), scanEnergy, whole(obj, RequestKeys.STEPS),
                number(obj, RequestKeys.STEPSIZE), number(obj, RequestKeys.EXPOSURE_TIME), whole(obj, RequestKeys.MCA_ROI_LO),
                whole(obj, RequestKeys.MCA_ROI_HI), number(obj, RequestKeys.ATTENUATION));
    }

    public long stepsOrDefault() {
        return steps == null ? DEFAULT_STEPS : steps;
    }

    public double stepsizeOrDefault() {
        return stepsizeEv == null ? DEFAULT_STEPSIZE_EV : stepsizeEv;
    }

    public double exposureOrDefault() {
        return exposureS == null ? DEFAULT_EXPOSURE_S : exposureS;
    }

    private static Double number(RequestObj obj, String key) {
        if (obj.get(key) == null) {
            return null;
        }
        Optional<Double> v = obj.optDouble(key);
        if (v.isEmpty() || !Double.isFinite(v.get())) {
            throw new IllegalArgumentException("request_obj." + key + " must be a finite number, got '" + obj.get(key) + "'");
        }
        return v.get();
    }

    private static Long whole(RequestObj obj, String key) {
        Double d = number(obj, key);
        if (d == null) {
            return null;
        }
        if (Math.rint(d) != d || Math.abs(d) > 1e15) {
            throw new IllegalArgumentException("request_obj." + key + " must be a whole number, got '" + obj.get(key) + "'");
        }
        return d.longValue();
    }
}
