package org.lsdcfx.daq.autoraster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.conftrak.model.RasterScoreType;
import org.lsdcfx.daq.routine.autoraster.AutoRasterLoop;
import org.lsdcfx.daq.routine.autoraster.AutoRasterSettings;
import org.lsdcfx.daq.routine.autoraster.TwoViewCentre;
import org.lsdcfx.daq.routine.center.LoopBox;
import org.lsdcfx.daq.routine.raster.HeatMapScore;
import org.lsdcfx.sim.sample.GoniometerPose;

/** Auto-raster's geometry and sizes without a beamline: the two-view solve, the column pick, steps and boxes. */
class AutoRasterGeometryTest {
    private static final HeatMapScore SPOTS = new HeatMapScore(RasterScoreType.SPOT_COUNT, 3);

    /** A goniometer position that puts (cy, cz) on the beam at omega {@code w}, {@code s} µm along the beam. */
    private static RasterCell.Position onTheBeam(double x, double cy, double cz, double w, double s) {
        double r = Math.toRadians(w);
        return new RasterCell.Position(x, cy + s * Math.sin(r), cz + s * Math.cos(r), w);
    }

    @Test
    void twoOrthogonalViewsGiveTheCrystalsYAndZAtAnyFaceOnAngle() {
        for (double w : new double[]{0, 30, -75, 200, 359}) {
            RasterCell.Position faceOn = onTheBeam(12, 40, -25, w, 37);
            RasterCell.Position side = onTheBeam(99, 40, -25, w + 90, -58);
            TwoViewCentre.Centre c = TwoViewCentre.solve(faceOn, side);
            assertEquals(12, c.x(), 1e-9, "X from the face-on cell");
            assertEquals(40, c.y(), 1e-9, "omega " + w);
            assertEquals(-25, c.z(), 1e-9, "omega " + w);
            // the simulator's convention agrees: the crystal is on the beam in both views
            for (double view : new double[]{w, w + 90}) {
                assertEquals(0, new GoniometerPose(c.x(), c.y(), c.z(), view).verticalUm(40, -25), 1e-9);
            }
        }
    }

    @Test
    void parallelViewsHaveNoCentre() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TwoViewCentre.solve(onTheBeam(0, 1, 2, 10, 0), onTheBeam(0, 1, 2, 190, 5)));
        assertTrue(e.getMessage().contains("too close to parallel"), e.getMessage());
    }

    private static RasterCell cell(int index, double x, double z, int spots) {
        return new RasterCell(index, 0, 0, new RasterCell.Position(x, 0, z, 90), "f", index + 1,
                new RasterCell.Scores(spots, spots, spots > 0 ? 3 : 50, spots * 10.0));
    }

    @Test
    void theOrthogonalBestCellIsTakenInTheFaceOnMaximumsColumn() {
        List<RasterCell> cells = new ArrayList<>();
        int i = 0;
        for (double z : new double[]{-10, 0, 10}) {
            cells.add(cell(i++, -10, z, z == 10 ? 50 : 0));   // the strongest cell overall, another column
            cells.add(cell(i++, 0, z, z == -10 ? 8 : 2));      // the face-on column
            cells.add(cell(i++, 10, z, 0));
        }
        RasterResult r = new RasterResult("uid", 3, 3, cells);
        Optional<RasterCell> best = TwoViewCentre.bestInColumn(r, 0.4, 10, SPOTS);
        assertEquals(-10, best.orElseThrow().position().z(), "best of the x = 0 column, not the overall best");
        assertEquals(Optional.empty(), TwoViewCentre.bestInColumn(r, 11, 10, SPOTS), "no hit in the x = 10 column");
        assertEquals(-10, TwoViewCentre.bestInColumn(r, -40, 10, SPOTS).orElseThrow().position().x(),
                "outside the raster: the nearest column");
    }

    @Test
    void theCentreIsTheSpotWeightedMeanOfTheHitsAroundTheBestCell() {
        // a crystal lighting x = 10 and 20 equally, x = 0 a little, and a separate hit at x = 50
        List<RasterCell> cells = new ArrayList<>();
        int i = 0;
        for (double x : new double[]{-10, 0, 10, 20, 30, 40, 50}) {
            int spots = x == 10 || x == 20 ? 40 : x == 0 ? 20 : x == 50 ? 90 : 0;
            cells.add(cell(i++, x, 0, spots));
        }
        RasterResult r = new RasterResult("uid", 1, 7, cells);
        RasterCell.Position c = TwoViewCentre.refine(r, cells.get(2), SPOTS, 10);
        assertEquals((20 * 0 + 40 * 10 + 40 * 20) / 100.0, c.x(), 1e-9, "x = 0, 10, 20 weighted; x = 50 too far");
        assertEquals(90, c.omega(), 1e-9);
        RasterCell.Position lone = TwoViewCentre.refine(r, cells.get(6), SPOTS, 10);
        assertEquals(50, lone.x(), 1e-9, "no hit next to it: the cell itself");
    }

    @Test
    void lsdcStepsAndScreeningBoxes() {
        AutoRasterSettings s = AutoRasterSettings.defaults();
        assertEquals(10, s.stepFor(200, 200), "40 000 µm²");
        assertEquals(10, s.stepFor(500, 300), "exactly 150 000 µm² is not larger");
        assertEquals(20, s.stepFor(501, 300));
        AutoRasterSettings.ScreenBox box = s.screenBox(new LoopBox(200, 120, 30, 0, 0, 0, 0));
        assertEquals(300, box.widthUm(), 1e-9);
        assertEquals(300, box.heightUm(), 1e-9);
        assertFalse(box.fallback());
        for (LoopBox bad : List.of(new LoopBox(0, 120, 30, 0, 0, 0, 0), new LoopBox(Double.NaN, 1, 1, 0, 0, 0, 0),
                new LoopBox(100, -5, 1, 0, 0, 0, 0))) {
            AutoRasterSettings.ScreenBox f = s.screenBox(bad);
            assertTrue(f.fallback(), bad.toString());
            assertEquals(630, f.widthUm(), 1e-9);
            assertEquals(510, f.heightUm(), 1e-9);
        }
        assertThrows(IllegalArgumentException.class, () -> new AutoRasterSettings(0, 20, 1, 5, 3, 6, 1.5, 2.5, 630, 510,
                20, java.time.Duration.ofSeconds(1)));
    }

    @Test
    void oscRangeIsTheExplicitFieldElseTheSweep() {
        assertEquals(0, AutoRasterLoop.oscRange(RequestObj.builder().protocol("standard").sweep(10, 10).build()));
        assertEquals(5, AutoRasterLoop.oscRange(RequestObj.builder().protocol("standard").sweep(10, 15).build()));
        assertEquals(0, AutoRasterLoop.oscRange(RequestObj.builder().protocol("standard").sweep(10, 15)
                .set("osc_range", 0.0).build()));
    }
}
