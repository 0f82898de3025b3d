package org.lsdcfx.datafiles.nxmx;

/**
 * The detector geometry a master file declares, in the units analysis code wants, converted from the units attributes
 * of {@code /entry/instrument/detector/distance}, {@code beam_center_x/y}, {@code x/y_pixel_size} and
 * {@code /entry/instrument/beam/incident_wavelength}.
 *
 * @param width              frame width, pixels
 * @param height             frame height, pixels
 * @param distanceMm         sample-to-detector distance, mm
 * @param beamCentreXPx      beam centre along the fast axis, pixels
 * @param beamCentreYPx      beam centre along the slow axis, pixels
 * @param pixelSizeXMm       pixel pitch along the fast axis, mm
 * @param pixelSizeYMm       pixel pitch along the slow axis, mm
 * @param wavelengthA        wavelength, Å
 * @param saturationValue    the detector's saturation value, or -1 when the master does not say
 */
public record MasterHeader(int width, int height, double distanceMm, double beamCentreXPx, double beamCentreYPx,
                           double pixelSizeXMm, double pixelSizeYMm, double wavelengthA, long saturationValue) {

    /** Converts a length to mm from the NeXus units given ("m", "mm", "um", "µm", "nm"; empty means m). */
    public static double toMm(double value, String unit) {
        return switch (unit == null ? "" : unit.strip()) {
            case "", "m", "meter", "metre" -> value * 1000;
            case "mm", "millimeter", "millimetre" -> value;
            case "um", "µm", "micron", "microns", "micrometer", "micrometre" -> value / 1000;
            case "nm", "nanometer", "nanometre" -> value / 1e6;
            default -> throw new NxmxException("unknown length unit '" + unit + "'");
        };
    }

    /** Converts a wavelength to Å from the NeXus units given ("angstrom", "A", "Å", "nm", "m"). */
    public static double toAngstrom(double value, String unit) {
        return switch (unit == null ? "" : unit.strip()) {
            case "angstrom", "Angstrom", "A", "Å" -> value;
            case "nm", "nanometer", "nanometre" -> value * 10;
            case "m", "" -> value * 1e10;
            default -> throw new NxmxException("unknown wavelength unit '" + unit + "'");
        };
    }
}
