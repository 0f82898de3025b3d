package org.lsdcfx.analysisstore;

import java.util.List;
import org.bson.Document;
import org.lsdcfx.analysisstore.payload.CharacterizationStrategy;
import org.lsdcfx.analysisstore.payload.ChoochResult;
import org.lsdcfx.analysisstore.payload.EScanResult;
import org.lsdcfx.analysisstore.payload.XrfSpectrumResult;
import org.lsdcfx.analysisstore.payload.MxExpParams;
import org.lsdcfx.analysisstore.payload.ProcessingSummary;
import org.lsdcfx.analysisstore.payload.RasterCell;
import org.lsdcfx.analysisstore.payload.RasterResult;
import org.lsdcfx.analysisstore.payload.SnapshotResult;
import org.lsdcfx.analysisstore.payload.UnitCell;

/** Realistic example payloads shared by the tests. */
final class Payloads {
    private Payloads() {
    }

    static RasterResult raster3x2() {
        String master = "/data/mx311234-1/lyso/1/P1_1/lyso_Raster_1_master.h5";
        return new RasterResult("raster-req", 2, 3, List.of(
                cell(0, 0, 0, master, 1, 12, 10, 2.9, 1500),
                cell(1, 0, 1, master, 2, 80, 75, 1.8, 9000),
                cell(2, 0, 2, master, 3, 40, 38, 2.1, 20000),
                cell(3, 1, 0, master, 4, 0, 0, 0.0, 0),
                cell(4, 1, 1, master, 5, 60, 61, 1.6, 7000),
                cell(5, 1, 2, master, 6, 5, 3, 3.5, 100)));
    }

    private static RasterCell cell(int i, int row, int col, String master, int frame, int spots, int noIce, double dmin,
                                   double intensity) {
        return new RasterCell(i, row, col, new RasterCell.Position(100.0 + 10 * col, -250.5 + 10 * row, 33.25, 90.0),
                master, frame, new RasterCell.Scores(spots, noIce, dmin, intensity));
    }

    static ChoochResult chooch(boolean withRemote) {
        return new ChoochResult(new ChoochResult.EnergyPoint(12658.2, -10.1, 3.9),
                new ChoochResult.EnergyPoint(12660.5, -7.8, 5.6),
                withRemote ? new ChoochResult.EnergyPoint(12860.0, -2.1, 3.4) : null,
                new ChoochResult.Curves(List.of(12640.0, 12650.0, 12660.0), List.of(0.5, 1.2, 5.6),
                        List.of(-3.0, -8.0, -7.8), List.of(12640.0, 12660.0), List.of(100.0, 2400.0)));
    }

    static MxExpParams expParams() {
        Document requestObj = new Document("sweep_start", 0.0).append("sweep_end", 180.0).append("img_width", 0.1)
                .append("exposure_time", 0.02).append("protocol", "standard").append("file_prefix", "lyso")
                .append("vectorParams", new Document("vecStart", new Document("x", 1.0)));
        return new MxExpParams(requestObj, 0.098, 3.2e12);
    }

    static CharacterizationStrategy strategy() {
        return new CharacterizationStrategy(
                new CharacterizationStrategy.Indexing("P 43 21 2", new UnitCell(79.1, 79.1, 38.0, 90, 90, 90), 0.12, 412,
                        0.02, -0.01),
                new CharacterizationStrategy.Strategy(12.0, 102.0, 0.2, 0.04, 220.0, 0.35, 1.7),
                "/data/mx311234-1/lyso/1/edna/edna.log");
    }

    static SnapshotResult snapshot() {
        return new SnapshotResult("/data/mx311234-1/snapshots/lyso1735689600.jpg", "nice crystal");
    }

    static EScanResult eScan() {
        return new EScanResult("Se", "K", List.of(12640.0, 12641.0, 12642.0), List.of(10.0, 12.0, 30.0),
                "/home/lsdc/spectrumData_1735689600.txt");
    }

    static XrfSpectrumResult xrf() {
        XrfSpectrumResult.Line ka = new XrfSpectrumResult.Line("KA1", "Se Kα1", 11222.4, 800.0, 11224.0);
        XrfSpectrumResult.Line kb = new XrfSpectrumResult.Line("KB1", "Se Kβ1", 12495.9, 120.0, null);
        return new XrfSpectrumResult(13500, 1.0, new XrfSpectrumResult.Calibration(0, 10),
                List.of(1.0, 5.0, 900.0, 4.0), List.of("Se"),
                List.of(new XrfSpectrumResult.Element("Se", 34, 134.0, 920.0, List.of("K"), List.of(ka, kb))),
                List.of(new XrfSpectrumResult.Peak(11224.0, 880.0, 60.0)), List.of(), List.of("fit ok"),
                "/data/xrf_13500eV.txt");
    }

    static ProcessingSummary fastDp() {
        return new ProcessingSummary("fast_dp", ProcessingSummary.SUCCESS, "P 43 21 2",
                new UnitCell(79.2, 79.2, 38.1, 90, 90, 90), 39.6, 1.55, 99.8, 14.2, 0.062,
                "/data/mx311234-1/lyso/1/fast_dp_dir/fast_dp.log");
    }
}
