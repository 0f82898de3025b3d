package org.lsdcfx.analysis.spots;

/**
 * How a tiled detector is built from identical modules separated by insensitive gaps, as an Eiger is.
 * Pixels are laid out as {@code moduleWidth} sensitive columns, {@code gapX} gap columns, the next module, and so on
 * (rows likewise with {@code moduleHeight} and {@code gapY}). Gap pixels are masked by {@link DetectorGeometry#gapMask()}.
 *
 * @param moduleWidth  sensitive pixels per module along x (fast axis), 0 for a monolithic sensor
 * @param moduleHeight sensitive pixels per module along y (slow axis), 0 for a monolithic sensor
 * @param gapX         gap columns between modules
 * @param gapY         gap rows between modules
 */
public record ModuleLayout(int moduleWidth, int moduleHeight, int gapX, int gapY) {

    /** A single sensor without gaps. */
    public static final ModuleLayout NONE = new ModuleLayout(0, 0, 0, 0);

    /** Dectris Eiger (1) X modules: 1030 × 514 pixels, 10 gap columns and 37 gap rows between modules. */
    public static final ModuleLayout EIGER = new ModuleLayout(1030, 514, 10, 37);

    public ModuleLayout {
        boolean monolithic = moduleWidth == 0 && moduleHeight == 0 && gapX == 0 && gapY == 0;
        if (!monolithic && (moduleWidth <= 0 || moduleHeight <= 0 || gapX < 0 || gapY < 0)) {
            throw new IllegalArgumentException("module layout needs positive module sizes and non-negative gaps, got "
                    + moduleWidth + "x" + moduleHeight + " gaps " + gapX + "/" + gapY);
        }
    }

    /** True for {@link #NONE}. */
    public boolean isMonolithic() {
        return moduleWidth == 0;
    }

    /** True when pixel column {@code x} lies in a gap between modules. */
    public boolean isGapColumn(int x) {
        return !isMonolithic() && x % (moduleWidth + gapX) >= moduleWidth;
    }

    /** True when pixel row {@code y} lies in a gap between modules. */
    public boolean isGapRow(int y) {
        return !isMonolithic() && y % (moduleHeight + gapY) >= moduleHeight;
    }

    /** Detector size along one axis for {@code modules} modules: modules·size + (modules−1)·gap. */
    static int span(int modules, int size, int gap) {
        return modules * size + (modules - 1) * gap;
    }
}
