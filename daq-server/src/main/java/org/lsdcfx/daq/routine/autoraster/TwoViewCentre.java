package org.lsdcfx.daq.routine.autoraster;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.daq.routine.raster.HeatMapScore;

/**
 * The geometry of auto-raster's last step (LSDC {@code utils/raster.py}): the orthogonal raster's best cell in the
 * same column as the face-on maximum, and the 3-D centre from the two views.
 *
 * <p>A cell's goniometer position (x, y, z) at omega ω puts on the beam every sample point whose vertical view offset
 * is zero there: (cy − y)·cos ω − (cz − z)·sin ω = 0 (the {@code GoniometerPose} convention). The best cells of two
 * rasters at different omegas give two such lines in the Y/Z plane; their intersection is the crystal's Y/Z. X runs
 * along the omega axis and is the same in both views; it is taken from the face-on cell. Stateless.
 */
public final class TwoViewCentre {
    private TwoViewCentre() {
    }

    /** A solved centre in goniometer motor units (µm). */
    public record Centre(double x, double y, double z) {
    }

    /**
     * @param faceOn     best face-on cell (its omega is the face-on raster's)
     * @param orthogonal chosen orthogonal cell
     * @throws IllegalArgumentException when the two views are (nearly) parallel: no unique centre
     */
    public static Centre solve(RasterCell.Position faceOn, RasterCell.Position orthogonal) {
        double w1 = Math.toRadians(faceOn.omega());
        double w2 = Math.toRadians(orthogonal.omega());
        // a_i·cy + b_i·cz = r_i with a = cos ω, b = −sin ω
        double a1 = Math.cos(w1);
        double b1 = -Math.sin(w1);
        double a2 = Math.cos(w2);
        double b2 = -Math.sin(w2);
        double r1 = a1 * faceOn.y() + b1 * faceOn.z();
        double r2 = a2 * orthogonal.y() + b2 * orthogonal.z();
        double det = a1 * b2 - a2 * b1; // = sin(ω1 − ω2)
        if (Math.abs(det) < Math.sin(Math.toRadians(10))) {
            throw new IllegalArgumentException("the two rasters are at omega " + faceOn.omega() + " and "
                    + orthogonal.omega() + " degrees: too close to parallel to give a 3-D centre");
        }
        double cy = (r1 * b2 - r2 * b1) / det;
        double cz = (a1 * r2 - a2 * r1) / det;
        return new Centre(faceOn.x(), cy, cz);
    }

    /**
     * The best hit of {@code orthogonal} in the column nearest {@code columnX} (both rasters share centre X, width and
     * step, so that is the face-on maximum's own column). Empty when that column has no hit.
     *
     * @param stepUm the orthogonal raster's step, µm
     */
    public static Optional<RasterCell> bestInColumn(RasterResult orthogonal, double columnX, double stepUm,
                                                    HeatMapScore score) {
        List<RasterCell> cells = orthogonal.cells();
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        double nearest = cells.stream().map(c -> Math.abs(c.position().x() - columnX))
                .min(Comparator.naturalOrder()).orElseThrow();
        double tolerance = nearest + 0.01 * stepUm; // one column: cell centres are a whole step apart
        List<RasterCell> column = cells.stream()
                .filter(c -> Math.abs(c.position().x() - columnX) <= tolerance).toList();
        return score.best(new RasterResult(orthogonal.rasterReqID(), orthogonal.rows(), orthogonal.columns(), column));
    }

    /**
     * The centre of the diffraction around {@code best}: the mean of the positions of {@code best} and the hits next to
     * it (within 1.5 steps on every axis), weighted by their no-ice spots. A crystal larger than a cell lights several
     * cells and the single best one is a coin toss between equals (and a row flown a little late shifts which one it
     * is); their weighted centre is within a fraction of a cell. LSDC centres on the best cell alone.
     *
     * @param stepUm the raster's step, µm
     */
    public static RasterCell.Position refine(RasterResult raster, RasterCell best, HeatMapScore score, double stepUm) {
        RasterCell.Position b = best.position();
        double reach = 1.5 * stepUm;
        double w = 0;
        double x = 0;
        double y = 0;
        double z = 0;
        for (RasterCell c : raster.cells()) {
            RasterCell.Position p = c.position();
            if ((c.index() == best.index() || score.isHit(c)) && Math.abs(p.x() - b.x()) <= reach
                    && Math.abs(p.y() - b.y()) <= reach && Math.abs(p.z() - b.z()) <= reach) {
                double weight = Math.max(1, c.scores().spotCountNoIce());
                w += weight;
                x += weight * p.x();
                y += weight * p.y();
                z += weight * p.z();
            }
        }
        return new RasterCell.Position(x / w, y / w, z / w, b.omega());
    }
}
