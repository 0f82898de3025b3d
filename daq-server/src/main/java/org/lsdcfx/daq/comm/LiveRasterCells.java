package org.lsdcfx.daq.comm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.lsdcfx.analysisstore.payload.RasterCell;

/**
 * The cells of a running raster whose results are in, as published on {@code raster_cells} while the rows are
 * flown, so heat maps fill live rather than at the end. Each value is the whole set so far (core-pva merges monitor
 * updates that come close together, so a client must never need an intermediate one). The stored
 * {@code rasterResult} stays the record; live cells carry no image file ({@code ""}, frame index 0).
 *
 * <p>JSON: {@code {"request": uid, "numCells": n, "cells": [[index, row, column, x, y, z, omega, spot_count,
 * spot_count_no_ice, d_min, total_intensity], ...]}} (see docs/pv-reference.md).
 *
 * @param request  the raster request uid
 * @param numCells cells in the whole raster
 * @param cells    the cells in so far
 */
public record LiveRasterCells(String request, int numCells, List<RasterCell> cells) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public LiveRasterCells {
        cells = List.copyOf(cells);
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("request", request);
        root.put("numCells", numCells);
        ArrayNode list = root.putArray("cells");
        for (RasterCell c : cells) {
            RasterCell.Position p = c.position();
            RasterCell.Scores s = c.scores();
            list.addArray().add(c.index()).add(c.row()).add(c.column()).add(p.x()).add(p.y()).add(p.z())
                    .add(p.omega()).add(s.spotCount()).add(s.spotCountNoIce()).add(s.resolution())
                    .add(s.totalIntensity());
        }
        return root.toString();
    }

    /** Parses a {@code raster_cells} value; an {@link IllegalArgumentException} saying what is wrong otherwise. */
    public static LiveRasterCells fromJson(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("raster_cells is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.path("request").isTextual() || !root.path("cells").isArray()) {
            throw new IllegalArgumentException("raster_cells needs \"request\" and \"cells\"");
        }
        List<RasterCell> cells = new ArrayList<>();
        for (JsonNode a : root.path("cells")) {
            if (!a.isArray() || a.size() != 11) {
                throw new IllegalArgumentException("a raster_cells cell needs 11 numbers, got " + a);
            }
            cells.add(new RasterCell(a.get(0).asInt(), a.get(1).asInt(), a.get(2).asInt(),
                    new RasterCell.Position(a.get(3).asDouble(), a.get(4).asDouble(), a.get(5).asDouble(),
                            a.get(6).asDouble()), "", 0,
                    new RasterCell.Scores(a.get(7).asInt(), a.get(8).asInt(), a.get(9).asDouble(),
                            a.get(10).asDouble())));
        }
        return new LiveRasterCells(root.path("request").asText(), root.path("numCells").asInt(cells.size()), cells);
    }
}
