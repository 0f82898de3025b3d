package org.lsdcfx.analysis.spots;

/**
 * Where each pixel sits relative to the beam: a flat detector normal to the beam, enough to turn a pixel position
 * into a resolution.
 *
 * <p>Pixel coordinates: x is the fast (column) index, y the slow (row) index; pixel (i, j) covers
 * [i, i+1) × [j, j+1), so its centre is (i + 0.5, j + 0.5). The beam centre is given in the same coordinates.
 * The resolution of a point at radius r (mm) from the beam centre is d = λ / (2 sin θ) with 2θ = atan(r / L).
 * Immutable and thread-safe.
 *
 * @param nx             pixels along x
 * @param ny             pixels along y
 * @param pixelSizeMm    pixel pitch in mm (square pixels)
 * @param distanceMm     sample-to-detector distance L in mm
 * @param beamCentreXPx  beam centre x in pixels
 * @param beamCentreYPx  beam centre y in pixels
 * @param wavelengthA    X-ray wavelength λ in Å
 * @param modules        module tiling; its gaps are masked pixels
 */
public record DetectorGeometry(int nx, int ny, double pixelSizeMm, double distanceMm,
                               double beamCentreXPx, double beamCentreYPx, double wavelengthA,
                               ModuleLayout modules) {

    /** Eiger pixel pitch, 75 µm. */
    public static final double EIGER_PIXEL_MM = 0.075;

    public DetectorGeometry {
        if (nx <= 0 || ny <= 0 || (long) nx * ny > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("detector size must be positive and below 2^31 pixels, got " + nx + "x" + ny);
        }
        requirePositive("pixel size (mm)", pixelSizeMm);
        requirePositive("detector distance (mm)", distanceMm);
        requirePositive("wavelength (Å)", wavelengthA);
        if (!Double.isFinite(beamCentreXPx) || !Double.isFinite(beamCentreYPx)) {
            throw new IllegalArgumentException("beam centre must be finite, got " + beamCentreXPx + ", " + beamCentreYPx);
        }
        if (modules == null) {
            throw new IllegalArgumentException("module layout must not be null (use ModuleLayout.NONE)");
        }
    }

    /** Eiger 4M: 2 × 4 modules, 2070 × 2167 pixels of 75 µm, beam at the centre. */
    public static DetectorGeometry eiger4M(double distanceMm, double wavelengthA) {
        return eiger(2, 4, distanceMm, wavelengthA);
    }

    /** Eiger 16M: 4 × 8 modules, 4150 × 4371 pixels of 75 µm, beam at the centre. */
    public static DetectorGeometry eiger16M(double distanceMm, double wavelengthA) {
        return eiger(4, 8, distanceMm, wavelengthA);
    }

    private static DetectorGeometry eiger(int modulesX, int modulesY, double distanceMm, double wavelengthA) {
        ModuleLayout m = ModuleLayout.EIGER;
        int nx = ModuleLayout.span(modulesX, m.moduleWidth(), m.gapX());
        int ny = ModuleLayout.span(modulesY, m.moduleHeight(), m.gapY());
        return new DetectorGeometry(nx, ny, EIGER_PIXEL_MM, distanceMm, nx / 2.0, ny / 2.0, wavelengthA, m);
    }

    public DetectorGeometry withDistance(double newDistanceMm) {
        return new DetectorGeometry(nx, ny, pixelSizeMm, newDistanceMm, beamCentreXPx, beamCentreYPx, wavelengthA, modules);
    }

    public DetectorGeometry withWavelength(double newWavelengthA) {
        return new DetectorGeometry(nx, ny, pixelSizeMm, distanceMm, beamCentreXPx, beamCentreYPx, newWavelengthA, modules);
    }

    public DetectorGeometry withBeamCentre(double xPx, double yPx) {
        return new DetectorGeometry(nx, ny, pixelSizeMm, distanceMm, xPx, yPx, wavelengthA, modules);
    }

    /** nx · ny. */
    public int pixelCount() {
        return nx * ny;
    }

    /** Distance in mm from the beam centre to the point (x, y) given in pixels. */
    public double radiusMm(double xPx, double yPx) {
        return Math.hypot(xPx - beamCentreXPx, yPx - beamCentreYPx) * pixelSizeMm;
    }

    /** Scattering angle 2θ in radians at the point (x, y) in pixels. */
    public double twoTheta(double xPx, double yPx) {
        return Math.atan2(radiusMm(xPx, yPx), distanceMm);
    }

    /** Resolution d in Å at the point (x, y) in pixels; +∞ at the beam centre. */
    public double dSpacing(double xPx, double yPx) {
        double sinTheta = Math.sin(twoTheta(xPx, yPx) / 2);
        return sinTheta == 0 ? Double.POSITIVE_INFINITY : wavelengthA / (2 * sinTheta);
    }

    /** Resolution d in Å at the centre of pixel (x, y). */
    public double dSpacingOfPixel(int x, int y) {
        return dSpacing(x + 0.5, y + 0.5);
    }

    /**
     * Radius in pixels from the beam centre at which resolution {@code dA} falls; NaN when d is not reachable
     * (d &lt; λ/2, or 2θ ≥ 90°).
     */
    public double radiusPxForD(double dA) {
        double sinTheta = wavelengthA / (2 * dA);
        if (!(sinTheta >= 0 && sinTheta <= 1)) {
            return Double.NaN;
        }
        double twoTheta = 2 * Math.asin(sinTheta);
        if (twoTheta >= Math.PI / 2) {
            return Double.NaN;
        }
        return distanceMm * Math.tan(twoTheta) / pixelSizeMm;
    }

    /** Highest resolution (smallest d, Å) on the detector: the d of the corner farthest from the beam. */
    public double cornerResolution() {
        double best = Double.POSITIVE_INFINITY;
        for (double x : new double[] {0, nx}) {
            for (double y : new double[] {0, ny}) {
                best = Math.min(best, dSpacing(x, y));
            }
        }
        return best;
    }

    /** True when pixel (x, y) is in a gap between modules. */
    public boolean isInGap(int x, int y) {
        return modules.isGapColumn(x) || modules.isGapRow(y);
    }

    /** A mask of every gap pixel (empty for a monolithic sensor). */
    public PixelMask gapMask() {
        PixelMask.Builder b = PixelMask.builder(nx, ny);
        if (modules.isMonolithic()) {
            return b.build();
        }
        for (int y = 0; y < ny; y++) {
            if (modules.isGapRow(y)) {
                b.setRow(y);
            } else {
                for (int x = 0; x < nx; x++) {
                    if (modules.isGapColumn(x)) {
                        b.set(x, y);
                    }
                }
            }
        }
        return b.build();
    }

    private static void requirePositive(String what, double v) {
        if (!(v > 0) || !Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be positive and finite, got " + v);
        }
    }
}
