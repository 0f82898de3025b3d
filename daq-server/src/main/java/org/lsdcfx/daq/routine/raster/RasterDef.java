package org.lsdcfx.daq.routine.raster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A raster as LSDC stores it in {@code request_obj.rasterDef}: the goniometer position of the raster centre
 * ({@code x, y, z} in the motors' units, µm on the simulated beamline; {@code omega} in degrees), {@code stepsize}
 * (µm), {@code rowDefs} (see {@link RowDef}), {@code rasterType}, {@code status}. {@code numCells} is derived and
 * checked when given. Immutable.
 */
public record RasterDef(String rasterType, double x, double y, double z, double omega, double stepsize,
                        List<RowDef> rowDefs, RasterStatus status) {
    /** Most cells one raster may have (LSDC's largest preset, 630 × 390 µm at 5 µm, is ~9,900). */
    public static final int MAX_CELLS = 20_000;

    public RasterDef {
        rowDefs = List.copyOf(rowDefs);
        if (rowDefs.isEmpty()) {
            throw new IllegalArgumentException("rasterDef has no rowDefs");
        }
        if (!(stepsize > 0) || !Double.isFinite(stepsize)) {
            throw new IllegalArgumentException("rasterDef stepsize must be > 0 µm, got " + stepsize);
        }
        for (double v : new double[]{x, y, z, omega}) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("rasterDef x, y, z and omega must be finite numbers");
            }
        }
        int cells = rowDefs.stream().mapToInt(RowDef::numsteps).sum();
        if (cells > MAX_CELLS) {
            throw new IllegalArgumentException("rasterDef has " + cells + " cells, more than " + MAX_CELLS);
        }
    }

    public int numCells() {
        return rowDefs.stream().mapToInt(RowDef::numsteps).sum();
    }

    public RasterDef withStatus(RasterStatus s) {
        return new RasterDef(rasterType, x, y, z, omega, stepsize, rowDefs, s);
    }

    /**
     * Reads a {@code rasterDef} block.
     *
     * @throws IllegalArgumentException naming the missing or bad field
     */
    public static RasterDef fromMap(Map<String, Object> m) {
        if (m == null || m.isEmpty()) {
            throw new IllegalArgumentException("the request has no rasterDef");
        }
        Object rows = m.get("rowDefs");
        if (!(rows instanceof List<?> list)) {
            throw new IllegalArgumentException("rasterDef.rowDefs must be a list");
        }
        List<RowDef> defs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!(list.get(i) instanceof Map<?, ?> row)) {
                throw new IllegalArgumentException("rasterDef.rowDefs[" + i + "] must be an object");
            }
            String where = "rasterDef.rowDefs[" + i + "]";
            Map<?, ?> start = block(row, "start", where);
            Map<?, ?> end = block(row, "end", where);
            defs.add(new RowDef(num(start, "x", where + ".start"), num(start, "y", where + ".start"),
                    num(end, "x", where + ".end"), num(end, "y", where + ".end"),
                    (int) num(row, "numsteps", where)));
        }
        RasterDef def = new RasterDef(m.get("rasterType") == null ? "normal" : String.valueOf(m.get("rasterType")),
                num(m, "x", "rasterDef"), num(m, "y", "rasterDef"), num(m, "z", "rasterDef"),
                num(m, "omega", "rasterDef"), num(m, "stepsize", "rasterDef"), defs,
                status(m.get("status")));
        if (m.get("numCells") instanceof Number n && n.intValue() != def.numCells()) {
            throw new IllegalArgumentException("rasterDef.numCells is " + n + " but its rowDefs hold " + def.numCells()
                    + " cells");
        }
        return def;
    }

    /** The block as LSDC stores it. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rasterType", rasterType);
        m.put("status", status.code());
        m.put("x", x);
        m.put("y", y);
        m.put("z", z);
        m.put("omega", omega);
        m.put("stepsize", stepsize);
        m.put("numCells", numCells());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (RowDef r : rowDefs) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("start", Map.of("x", r.startX(), "y", r.startY()));
            row.put("end", Map.of("x", r.endX(), "y", r.endY()));
            row.put("numsteps", r.numsteps());
            rows.add(row);
        }
        m.put("rowDefs", rows);
        return m;
    }

    private static RasterStatus status(Object v) {
        if (v == null) {
            return RasterStatus.NEW;
        }
        if (v instanceof Number n) {
            for (RasterStatus s : RasterStatus.values()) {
                if (s.code() == n.intValue()) {
                    return s;
                }
            }
        }
        throw new IllegalArgumentException("rasterDef.status must be 0..4, got " + v);
    }

    private static Map<?, ?> block(Map<?, ?> m, String key, String where) {
        if (m.get(key) instanceof Map<?, ?> b) {
            return b;
        }
        throw new IllegalArgumentException(where + "." + key + " must be an object {x, y}");
    }

    private static double num(Map<?, ?> m, String key, String where) {
        if (m.get(key) instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        throw new IllegalArgumentException(where + "." + key + " must be a finite number, got " + m.get(key));
    }
}
