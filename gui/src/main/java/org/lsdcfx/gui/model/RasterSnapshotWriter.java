package org.lsdcfx.gui.model;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.lsdcfx.amostra.Amostra;
import org.lsdcfx.amostra.Request;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.analysisstore.AnalysisStore;
import org.lsdcfx.analysisstore.ResultContext;
import org.lsdcfx.analysisstore.payload.ResultTypes;
import org.lsdcfx.analysisstore.payload.SnapshotResult;
import org.lsdcfx.daq.routine.raster.files.RasterFiles;

/**
 * Saves the picture of a finished raster (LSDC's READY_FOR_SNAPSHOT step): a JPEG under the visit's {@code jpegs/}
 * tree, mirroring the raster's data directory ({@code <visit>/jpegs/<dir under the visit>/<prefix>_Raster_<n>.jpg}),
 * and a {@code rasterJpeg} result naming it. An existing picture is never overwritten: the next free
 * {@code _2}, {@code _3}... name is used. Runs on the {@link JobRunner}; any thread may call {@link #save}.
 */
public final class RasterSnapshotWriter {
    private final Amostra amostra;
    private final AnalysisStore results;
    private final JobRunner jobs;
    private final Path visitDirectory;

    public RasterSnapshotWriter(Amostra amostra, AnalysisStore results, JobRunner jobs, Path visitDirectory) {
        this.amostra = amostra;
        this.results = results;
        this.jobs = jobs;
        this.visitDirectory = visitDirectory;
    }

    /**
     * Writes the picture for raster request {@code requestUid}; completes with the file written. {@code image} is
     * called on the job runner (the conversion from the FX snapshot is kept off the FX thread).
     */
    public CompletableFuture<Path> save(String requestUid, Supplier<BufferedImage> image) {
        return jobs.submit("save the snapshot of raster " + requestUid, () -> write(requestUid, image.get()));
    }

    private Path write(String requestUid, BufferedImage image) throws IOException {
        Request r = amostra.requests().get(requestUid);
        RequestObj o = r.requestObj();
        String dir = o.optString(RequestKeys.DIRECTORY).orElse("");
        Path file = written(jpegPath(visitDirectory, dir.isBlank() ? null : Path.of(dir), RasterFiles.seriesName(o)),
                rgb(image));
        results.create(ResultContext.forRequest(r.owner(), r.sample(), r.uid(), r.proposalID()), ResultTypes.RASTER_JPEG,
                new SnapshotResult(file.toString(), "raster " + RasterFiles.seriesName(o)));
        return file;
    }

    /** Where LSDC puts the picture: the data directory's place under the visit, moved under {@code jpegs/}. */
    static Path jpegPath(Path visit, Path dataDirectory, String name) {
        Path jpegs = visit.resolve("jpegs");
        Path dir = jpegs;
        if (dataDirectory != null) {
            Path d = dataDirectory.toAbsolutePath().normalize();
            Path v = visit.toAbsolutePath().normalize();
            dir = d.startsWith(v) ? jpegs.resolve(v.relativize(d)) : jpegs.resolve(d.getFileName());
        }
        return dir.resolve(name + ".jpg");
    }

    /** Writes to {@code wanted}, or to the first free {@code _n} variant of it; never replaces a file. */
    private static Path written(Path wanted, BufferedImage image) throws IOException {
        Files.createDirectories(wanted.getParent());
        String base = wanted.getFileName().toString().replaceFirst("\\.jpg$", "");
        for (int n = 1; n < 1000; n++) {
            Path candidate = n == 1 ? wanted : wanted.resolveSibling(base + "_" + n + ".jpg");
            try (OutputStream out = Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                if (!ImageIO.write(image, "jpg", out)) {
                    throw new IOException("no JPEG writer available");
                }
                return candidate;
            } catch (FileAlreadyExistsException e) {
                // taken: try the next name
            }
        }
        throw new IOException("no free name for " + wanted);
    }

    /** JPEG has no alpha: the picture on an opaque RGB canvas. */
    private static BufferedImage rgb(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(image, 0, 0, java.awt.Color.BLACK, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
