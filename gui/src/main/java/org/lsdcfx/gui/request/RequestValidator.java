package org.lsdcfx.gui.request;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.lsdcfx.gui.model.BeamlineLimits;
import org.lsdcfx.gui.util.DetectorGeometry;
import org.lsdcfx.gui.util.Numbers;

/**
 * The request form's rules (LSDC's {@code validateFields} with the beamline's limits): each field must parse and
 * lie within the beamline's range; the combination must be reachable (the edge resolution at some allowed
 * detector distance, the total exposure within its limit). Messages name the field, the value and the limit.
 * Pure and thread-safe.
 */
public final class RequestValidator {
    /** LSDC's data prefix rule ({@code VALID_PREFIX_*}): letters, digits, '-' and '_', at most 25. */
    public static final Pattern PREFIX = Pattern.compile("[0-9a-zA-Z_-]{1,25}");
    public static final int MAX_FILE_NUMBER = 99_999;
    /** LSDC's smallest sweep for a vector (helical) collection, degrees. */
    public static final double MIN_VECTOR_RANGE = 5;

    private final BeamlineLimits limits;

    public RequestValidator(BeamlineLimits limits) {
        this.limits = limits;
    }

    /**
     * @param visitDirectory the requests' base path; blank refuses every request (LSDC writes nowhere else)
     */
    public Validation validate(FormValues v, String visitDirectory) {
        Map<FieldId, String> e = new LinkedHashMap<>();
        String p = v.protocol();
        // exposure first: the total exposure is only judged once the exposure itself is valid
        number(v, FieldId.EXPOSURE, e).ifPresent(x -> range(e, FieldId.EXPOSURE, x, limits.minExposure(),
                limits.maxExposure(), "s"));
        if (Protocols.usesDetector(p)) {
            checkRotation(v, p, e);
            checkDetector(v, e);
        }
        checkBeam(v, e);
        if (!v.get(FieldId.PREFIX).isEmpty() && !PREFIX.matcher(v.get(FieldId.PREFIX)).matches()) {
            e.put(FieldId.PREFIX, "Data prefix '" + v.get(FieldId.PREFIX) + "' may only hold letters, digits, '-' and '_'"
                    + " (at most 25); leave it empty to use the sample name");
        }
        integer(v, FieldId.FILE_NUMBER, 1, MAX_FILE_NUMBER, e);
        checkProtocol(v, p, e);
        String general = visitDirectory == null || visitDirectory.isBlank()
                ? "No visit directory is set (conftrak visitDirectory): staff must set it before requests can be added"
                : null;
        return new Validation(e, general);
    }

    private void checkRotation(FormValues v, String p, Map<FieldId, String> e) {
        OptionalDouble width = number(v, FieldId.WIDTH, e);
        if (width.isPresent()) {
            double w = width.getAsDouble();
            if (w < 0) {
                e.put(FieldId.WIDTH, "Oscillation width must be 0 (stills) or positive, not " + fmt(w));
            } else if (w > 0) {
                range(e, FieldId.WIDTH, w, limits.minWidth(), limits.maxWidth(), "°");
            }
        }
        OptionalDouble start = number(v, FieldId.START, e);
        start.ifPresent(s -> range(e, FieldId.START, s, limits.minOmega(), limits.maxOmega(), "°"));
        if (!Protocols.usesRange(p)) {
            return;
        }
        boolean stills = width.isPresent() && width.getAsDouble() == 0;
        OptionalDouble range = number(v, FieldId.RANGE, e);
        if (range.isEmpty() || e.containsKey(FieldId.WIDTH)) {
            return;
        }
        double r = range.getAsDouble();
        if (stills) {
            if (r < 1 || r != Math.rint(r)) {
                e.put(FieldId.RANGE, "Number of images (stills) must be a whole number of at least 1, not " + fmt(r));
            }
        } else if (r <= 0) {
            e.put(FieldId.RANGE, "Oscillation range must be positive, not " + fmt(r));
        } else if (width.isPresent() && r < width.getAsDouble()) {
            e.put(FieldId.RANGE, "Oscillation range " + fmt(r) + "° is smaller than one image (" + fmt(width.getAsDouble())
                    + "°)");
        } else if (Protocols.VECTOR.equals(p) && r < MIN_VECTOR_RANGE) {
            e.put(FieldId.RANGE, "A vector collection needs at least " + fmt(MIN_VECTOR_RANGE) + "° of rotation, not "
                    + fmt(r) + "°");
        } else if (start.isPresent() && start.getAsDouble() + r > limits.maxOmega()) {
            e.put(FieldId.RANGE, "The sweep would end at " + fmt(start.getAsDouble() + r) + "°, beyond the omega limit "
                    + fmt(limits.maxOmega()) + "°");
        }
        v.totalExposure().ifPresent(t -> {
            if (!e.containsKey(FieldId.RANGE) && !e.containsKey(FieldId.EXPOSURE) && t > limits.maxTotalExposure()) {
                e.put(FieldId.TOTAL_EXPOSURE, "Total exposure " + fmt(t) + " s is above the limit of "
                        + fmt(limits.maxTotalExposure()) + " s: shorten the exposure or the sweep");
            }
        });
    }

    private void checkDetector(FormValues v, Map<FieldId, String> e) {
        OptionalDouble dist = number(v, FieldId.DISTANCE, e);
        dist.ifPresent(d -> range(e, FieldId.DISTANCE, d, limits.minDistance(), limits.maxDistance(), "mm"));
        OptionalDouble reso = number(v, FieldId.RESOLUTION, e);
        OptionalDouble energy = v.number(FieldId.ENERGY);
        if (reso.isEmpty() || energy.isEmpty() || !(energy.getAsDouble() > 0)) {
            return;
        }
        double lambda = DetectorGeometry.wavelength(energy.getAsDouble());
        OptionalDouble needed = DetectorGeometry.distance(reso.getAsDouble(), lambda, limits.detectorRadius(), 0);
        if (needed.isEmpty()) {
            e.put(FieldId.RESOLUTION, "Edge resolution " + fmt(reso.getAsDouble()) + " Å cannot be reached at "
                    + fmt(lambda) + " Å (it must be above λ/2 and need a two-theta below 90°)");
        } else if (needed.getAsDouble() < limits.minDistance() - 0.05 || needed.getAsDouble() > limits.maxDistance() + 0.05) {
            e.put(FieldId.RESOLUTION, "Edge resolution " + fmt(reso.getAsDouble()) + " Å needs a detector distance of "
                    + fmt(needed.getAsDouble()) + " mm, outside " + fmt(limits.minDistance()) + "–"
                    + fmt(limits.maxDistance()) + " mm");
        }
    }

    private void checkBeam(FormValues v, Map<FieldId, String> e) {
        number(v, FieldId.ENERGY, e).ifPresent(x -> range(e, FieldId.ENERGY, x, limits.minEnergy(), limits.maxEnergy(), "eV"));
        OptionalDouble lambda = number(v, FieldId.WAVELENGTH, e);
        if (lambda.isPresent() && !e.containsKey(FieldId.ENERGY)) {
            if (!(lambda.getAsDouble() > 0)) {
                e.put(FieldId.WAVELENGTH, "Wavelength must be positive, not " + fmt(lambda.getAsDouble()));
            } else {
                double energy = DetectorGeometry.energy(lambda.getAsDouble());
                if (energy < limits.minEnergy() - 0.5 || energy > limits.maxEnergy() + 0.5) {
                    e.put(FieldId.WAVELENGTH, "Wavelength " + fmt(lambda.getAsDouble()) + " Å is " + fmt(energy)
                            + " eV, outside " + fmt(limits.minEnergy()) + "–" + fmt(limits.maxEnergy()) + " eV");
                }
            }
        }
        number(v, FieldId.TRANSMISSION, e).ifPresent(t -> range(e, FieldId.TRANSMISSION, t, limits.minTransmission(), 1, ""));
    }

    private void checkProtocol(FormValues v, String p, Map<FieldId, String> e) {
        if (Protocols.isRaster(p)) {
            number(v, FieldId.RASTER_STEP, e).ifPresent(x -> range(e, FieldId.RASTER_STEP, x, 1, 200, "µm"));
            if (Protocols.MULTI_COL.equals(p)) {
                number(v, FieldId.DIFF_CUTOFF, e).ifPresent(x -> range(e, FieldId.DIFF_CUTOFF, x, 1, 1_000_000, ""));
            }
        } else if (Protocols.VECTOR.equals(p)) {
            integer(v, FieldId.VECTOR_WEDGES, 1, 1000, e);
        } else if (Protocols.isCharacterisation(p)) {
            number(v, FieldId.CHAR_RESOLUTION, e).ifPresent(x -> range(e, FieldId.CHAR_RESOLUTION, x, 0.5, 50, "Å"));
            number(v, FieldId.CHAR_ISIGMA, e).ifPresent(x -> range(e, FieldId.CHAR_ISIGMA, x, 0.1, 100, ""));
            number(v, FieldId.CHAR_COMPLETENESS, e).ifPresent(x -> range(e, FieldId.CHAR_COMPLETENESS, x, 0.01, 1, ""));
            String m = v.get(FieldId.CHAR_MULTIPLICITY);
            if (!m.equalsIgnoreCase("auto")) {
                OptionalDouble mult = Numbers.parse(m);
                if (mult.isEmpty() || mult.getAsDouble() <= 0) {
                    e.put(FieldId.CHAR_MULTIPLICITY, "Aimed multiplicity must be 'auto' or a positive number, not '" + m + "'");
                }
            }
            number(v, FieldId.CHAR_DOSE_LIMIT, e).ifPresent(x -> range(e, FieldId.CHAR_DOSE_LIMIT, x, 0.01, 1000, "MGy"));
        } else if (Protocols.isEnergyScan(p)) {
            integer(v, FieldId.ESCAN_STEPS, 3, 1000, e);
            number(v, FieldId.ESCAN_STEPSIZE, e).ifPresent(x -> range(e, FieldId.ESCAN_STEPSIZE, x, 0.1, 100, "eV"));
            if (v.element() == null || v.element().isBlank()) {
                e.put(FieldId.ESCAN_STEPS, "Choose the element to scan");
            }
        }
    }

    private static OptionalDouble number(FormValues v, FieldId f, Map<FieldId, String> e) {
        String text = v.get(f);
        OptionalDouble x = Numbers.parse(text);
        if (x.isEmpty()) {
            e.put(f, text.isEmpty() ? f.label() + " is empty" : f.label() + " '" + text + "' is not a number");
        }
        return x;
    }

    private static void integer(FormValues v, FieldId f, int min, int max, Map<FieldId, String> e) {
        number(v, f, e).ifPresent(x -> {
            if (x != Math.rint(x) || x < min || x > max) {
                e.put(f, f.label() + " must be a whole number from " + min + " to " + max + ", not " + fmt(x));
            }
        });
    }

    private static void range(Map<FieldId, String> e, FieldId f, double x, double min, double max, String unit) {
        String u = unit.isEmpty() ? "" : " " + unit;
        if (x < min) {
            e.put(f, f.label() + " " + fmt(x) + u + " is below the beamline limit of " + fmt(min) + u);
        } else if (x > max) {
            e.put(f, f.label() + " " + fmt(x) + u + " is above the beamline limit of " + fmt(max) + u);
        }
    }

    private static String fmt(double x) {
        return Numbers.format(x, 4);
    }
}
