package org.lsdcfx.daq.routine.collect;

import java.util.Optional;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;

/**
 * A request's collection parameters (LSDC §2.1), checked: rotation from {@code sweep_start} to {@code sweep_end} in
 * images of {@code img_width} (images = round(range / width)); stills when {@code img_width} is 0, where the range field
 * holds the number of images (LSDC's "Number of Images") and omega stays at {@code sweep_start}; {@code exposure_time}
 * per image is the detector period (exposure = period − 10 µs, as LSDC arms the Eiger). Optional moves:
 * {@code detDist} (mm), {@code attenuation} (transmission 0..1), {@code energy} (eV).
 *
 * @param sweepStart      omega of the first frame, deg
 * @param width           omega per frame, deg; 0 for stills
 * @param period          seconds per frame
 * @param images          frames
 * @param detDist         detector distance to move to, mm
 * @param transmission    transmission to set, 0..1
 * @param energyEv        energy the request was made for, eV
 * @param filePrefix      LSDC file prefix
 * @param fileNumberStart LSDC file number of the first dataset (the master is {@code <prefix>_<n>_master.h5})
 * @param vector          the vector path, or null
 */
public record CollectionPlan(double sweepStart, double width, double period, int images, Optional<Double> detDist,
                             Optional<Double> transmission, Optional<Double> energyEv, String filePrefix,
                             int fileNumberStart, VectorPath vector) {
    /** The Eiger needs this much dead time between exposures (LSDC: exposure = period − 10 µs). */
    public static final double DEAD_TIME_S = 10e-6;
    /** Largest dataset accepted, frames. */
    public static final int MAX_IMAGES = 1_000_000;

    /**
     * Reads and checks the request.
     *
     * @throws IllegalArgumentException naming the field, for any value that cannot be collected
     */
    public static CollectionPlan from(RequestObj obj, boolean vector) {
        double start = number(obj, RequestKeys.SWEEP_START);
        double end = number(obj, RequestKeys.SWEEP_END);
        double width = number(obj, RequestKeys.IMG_WIDTH);
        double exposure = number(obj, RequestKeys.EXPOSURE_TIME);
        if (width < 0) {
            throw new IllegalArgumentException("img_width must be >= 0 degrees (0 for stills), got " + width);
        }
        if (!(exposure > DEAD_TIME_S) || exposure > 3600) {
            throw new IllegalArgumentException("exposure_time must be more than 10 µs and at most 3600 s, got " + exposure);
        }
        double range = end - start;
        long images = width == 0 ? Math.round(range) : Math.round(range / width);
        if (images < 1 || images > MAX_IMAGES) {
            throw new IllegalArgumentException(width == 0
                    ? "stills: sweep_end - sweep_start is the number of images and must be 1.." + MAX_IMAGES + ", got " + range
                    : "sweep_start " + start + " to sweep_end " + end + " in images of " + width + " degrees gives "
                    + images + " images; 1.." + MAX_IMAGES + " are collected");
        }
        Optional<Double> transmission = optional(obj, RequestKeys.ATTENUATION);
        transmission.filter(t -> t < 0 || t > 1).ifPresent(t -> {
            throw new IllegalArgumentException("attenuation is the transmission, 0..1; got " + t);
        });
        Optional<Double> distance = optional(obj, RequestKeys.DET_DIST);
        distance.filter(d -> d <= 0).ifPresent(d -> {
            throw new IllegalArgumentException("detDist must be > 0 mm, got " + d);
        });
        Optional<Double> energy = optional(obj, RequestKeys.ENERGY);
        energy.filter(e -> e <= 0).ifPresent(e -> {
            throw new IllegalArgumentException("energy must be > 0 eV, got " + e);
        });
        String prefix = obj.optString(RequestKeys.FILE_PREFIX).orElseThrow(
                () -> new IllegalArgumentException("the request has no file_prefix"));
        int first = obj.optInt(RequestKeys.FILE_NUMBER_START).orElse(1);
        if (first < 1 || first > 99_999) {
            throw new IllegalArgumentException("file_number_start must be 1..99999, got " + first);
        }
        VectorPath path = vector ? VectorPath.from(obj.vectorParams()) : null;
        return new CollectionPlan(start, width, exposure, (int) images, distance, transmission, energy, prefix, first, path);
    }

    private static double number(RequestObj obj, String key) {
        double v = obj.optDouble(key).orElseThrow(() -> new IllegalArgumentException("the request has no " + key));
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(key + " must be a finite number, got " + v);
        }
        return v;
    }

    private static Optional<Double> optional(RequestObj obj, String key) {
        Optional<Double> v = obj.optDouble(key);
        v.filter(d -> !Double.isFinite(d)).ifPresent(d -> {
            throw new IllegalArgumentException(key + " must be a finite number, got " + d);
        });
        return v;
    }

    public boolean isStills() {
        return width == 0;
    }

    /** Detector exposure per frame, s. */
    public double exposure() {
        return period - DEAD_TIME_S;
    }

    /** Omega at the start of frame {@code frame}. */
    public double omega(int frame) {
        return sweepStart + frame * width;
    }

    /** Rotation covered, deg. */
    public double sweep() {
        return images * width;
    }
}
