package org.lsdcfx.daq.raster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lsdcfx.daq.routine.raster.FlightPlan;
import org.lsdcfx.daq.routine.raster.RasterDef;
import org.lsdcfx.daq.routine.raster.RasterDefiner;
import org.lsdcfx.daq.routine.raster.RasterGrid;
import org.lsdcfx.daq.routine.raster.RasterStatus;
import org.lsdcfx.daq.routine.raster.RowDef;

/** rasterDef geometry: LSDC's definition rules, snake order, motor mapping, parsing and its refusals. */
class RasterGeometryTest {
    private static final double[] CENTRE = {100, 200, 300, 0};

    @Test
    void cellCountsAreForcedOddInBothDirections() {
        RasterDef def = new RasterDefiner(6).define(120, 80, 20, CENTRE, false);
        assertEquals(7, def.rowDefs().get(0).numsteps(), "120 µm / 20 = 6 cells -> 7");
        assertEquals(5, def.rowDefs().size(), "80 µm / 20 = 4 rows -> 5");
        assertEquals(35, def.numCells());
        assertEquals(20, def.stepsize());
    }

    @Test
    void stepShrinksOneMicronAtATimeUntilOneDirectionHasTheMinimumCells() {
        RasterDef def = new RasterDefiner(6).define(50, 30, 20, CENTRE, false);
        // step 20: 3 x 3 (both < 6) ... step 10: 5 x 3 ... step 9: ceil(50/9)=6 -> 7 columns
        assertEquals(9, def.stepsize());
        assertEquals(7, def.rowDefs().get(0).numsteps());
        assertEquals(5, def.rowDefs().size(), "30/9 -> 4 -> 5 rows");
    }

    @Test
    void rowsAreVerticalForASingleColumnOrATallBoxWithVertRasterOn() {
        RasterDef column = new RasterDefiner(6).define(10, 200, 20, CENTRE, false);
        assertEquals(1, column.rowDefs().size(), "one vertical row");
        RowDef r = column.rowDefs().get(0);
        assertEquals(r.startX(), r.endX());
        assertTrue(r.startY() > r.endY(), "flown top to bottom");

        RasterDef tall = new RasterDefiner(6).define(60, 140, 20, CENTRE, true);
        assertEquals(3, tall.rowDefs().size(), "3 columns flown as rows");
        assertEquals(7, tall.rowDefs().get(0).numsteps());
        RasterDef tallHorizontal = new RasterDefiner(6).define(60, 140, 20, CENTRE, false);
        assertEquals(7, tallHorizontal.rowDefs().size(), "without vertRasterOn rows stay horizontal");
    }

    @Test
    void snakeOrderReversesEveryOtherRowAndCellsSitOnTheGrid() {
        RasterDef def = new RasterDefiner(1).define(60, 60, 20, CENTRE, false); // 3 x 3
        RasterGrid grid = new RasterGrid(def);
        List<RasterGrid.Cell> c = grid.cells();
        assertEquals(9, c.size());
        // row 0 (top, y + 20) left to right, row 1 right to left, row 2 left to right
        double[][] expected = {{80, 220}, {100, 220}, {120, 220}, {120, 200}, {100, 200}, {80, 200}, {80, 180},
                {100, 180}, {120, 180}};
        for (int i = 0; i < 9; i++) {
            assertEquals(i, c.get(i).index());
            assertEquals(expected[i][0], c.get(i).x(), 1e-9, "x of cell " + i);
            assertEquals(expected[i][1], c.get(i).y(), 1e-9, "y of cell " + i);
            assertEquals(300, c.get(i).z(), 1e-9);
        }
        assertEquals(0, c.get(3).column(), "columns count in flight direction");
        assertEquals(70, grid.flights().get(0).start()[0], 1e-9);
        assertEquals(130, grid.flights().get(1).start()[0], 1e-9, "odd rows start where the previous ended");
        assertEquals(70, grid.flights().get(1).end()[0], 1e-9);
    }

    @Test
    void viewVerticalMapsToYAndZWithOmega() {
        RasterDef def = new RasterDef("normal", 0, 0, 0, 90, 10, List.of(new RowDef(0, 10, 0, -10, 2)),
                RasterStatus.NEW);
        RasterGrid grid = new RasterGrid(def);
        // at omega 90 the view's vertical is -z: a cell 5 µm up sits at z = -5
        assertEquals(0, grid.cells().get(0).y(), 1e-9);
        assertEquals(-5, grid.cells().get(0).z(), 1e-9);
        assertEquals(5, grid.cells().get(1).z(), 1e-9);
    }

    @Test
    void rasterDefRoundTripsThroughLsdcsMapAndRefusesBadInput() {
        RasterDef def = new RasterDefiner(6).define(120, 80, 20, CENTRE, false).withStatus(RasterStatus.DRAWN);
        Map<String, Object> m = def.toMap();
        assertEquals(35, m.get("numCells"));
        assertEquals(1, m.get("status"));
        assertEquals(def, RasterDef.fromMap(m));

        Map<String, Object> wrongCount = new java.util.HashMap<>(m);
        wrongCount.put("numCells", 36);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RasterDef.fromMap(wrongCount)).getMessage()
                .contains("numCells is 36"));
        Map<String, Object> noStep = new java.util.HashMap<>(m);
        noStep.remove("stepsize");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RasterDef.fromMap(noStep)).getMessage()
                .contains("rasterDef.stepsize"));
        Map<String, Object> badRow = new java.util.HashMap<>(m);
        badRow.put("rowDefs", List.of(Map.of("start", Map.of("x", 0, "y", 0), "numsteps", 3)));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RasterDef.fromMap(badRow)).getMessage()
                .contains("rowDefs[0].end"));
        assertThrows(IllegalArgumentException.class, () -> RasterDef.fromMap(Map.of()));
    }

    @Test
    void flightPlanGivesOneFramePerCellPlusTurnaroundFrames() {
        RasterDef def = new RasterDefiner(6).define(140, 100, 20, CENTRE, false); // 7 x 5
        var speeds = org.lsdcfx.mxtools.profile.SimProfile.load().motors();
        FlightPlan plan = planOf(new RasterGrid(def), speeds);
        assertEquals(0.1, plan.period(), 1e-9, "20 µm at the fine stages' 200 µm/s");
        assertEquals(2, plan.gapFrames(), "one step to turn at the same speed, plus one frame of margin");
        assertEquals(9, plan.slot());
        assertEquals(4 * 9 + 7, plan.images());
        assertEquals(1, plan.speedFactor(), 1e-9, "no exposure given: as fast as the stages go");
        assertEquals(1, FlightPlan.of(new RasterGrid(def), speeds, 238, 0.05).speedFactor(), 1e-9,
                "an exposure shorter than the crossing time changes nothing");
    }

    @Test
    void aLongerExposureSlowsTheStagesAndTheTurns() {
        RasterDef def = new RasterDefiner(6).define(140, 100, 20, CENTRE, false); // 7 x 5
        var speeds = org.lsdcfx.mxtools.profile.SimProfile.load().motors();
        FlightPlan plan = FlightPlan.of(new RasterGrid(def), speeds, 238, 0.4);
        assertEquals(0.4, plan.period(), 1e-9, "a frame lasts the exposure");
        assertEquals(0.25, plan.speedFactor(), 1e-9, "20 µm per 0.4 s = 50 µm/s of the stages' 200 µm/s");
        assertEquals(2, plan.gapFrames(), "the turn slowed alike still takes one frame, plus one of margin");
        FlightPlan limited = FlightPlan.of(new RasterGrid(def), speeds, 5, 0);
        assertEquals(0.2, limited.period(), 1e-9, "the detector's 5 Hz");
        assertEquals(0.5, limited.speedFactor(), 1e-9, "the stages slowed to one cell per frame");
    }

    private static FlightPlan planOf(RasterGrid grid, Map<String, org.lsdcfx.mxtools.profile.MotorSpec> speeds) {
        return FlightPlan.of(grid, speeds, 238, 0);
    }
}
