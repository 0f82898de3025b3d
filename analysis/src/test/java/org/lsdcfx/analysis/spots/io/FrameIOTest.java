package org.lsdcfx.analysis.spots.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.DispersionSpotFinder;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.PixelMask;
import org.lsdcfx.analysis.spots.SpotFinderParams;
import org.lsdcfx.analysis.spots.TestDetectors;
import org.lsdcfx.analysis.synth.CrystalHit;
import org.lsdcfx.analysis.synth.SyntheticFrames;

class FrameIOTest {

    @TempDir
    Path dir;

    private final DetectorGeometry geometry = TestDetectors.small();
    private final SyntheticFrames synth = new SyntheticFrames(geometry, TestDetectors.eigerLikeSpots());

    @Test
    void framesRoundTripWithGeometryMaskAndOverload() throws IOException {
        List<Frame> frames = writeFrames(dir.resolve("row_0.raw"), 3);
        try (FrameSeries series = FrameIO.standard().open(dir.resolve("row_0.raw"))) {
            assertEquals(3, series.frameCount());
            assertEquals(geometry, series.geometry());
            for (int i = 0; i < 3; i++) {
                Frame read = series.read(i);
                assertEquals(frames.get(i).pixels(), read.pixels());
                assertEquals(frames.get(i).mask(), read.mask());
                assertEquals(frames.get(i).overload(), read.overload());
            }
            assertThrows(IndexOutOfBoundsException.class, () -> series.read(3));
        }
    }

    @Test
    void reprocessingAFileGivesTheLiveResult() throws IOException {
        List<Frame> frames = writeFrames(dir.resolve("cells.raw"), 2);
        DispersionSpotFinder finder = new DispersionSpotFinder(SpotFinderParams.defaults());
        try (FrameSeries series = FrameIO.standard().open(dir.resolve("cells.raw"))) {
            for (int i = 0; i < frames.size(); i++) {
                assertEquals(finder.find(frames.get(i)), finder.find(series.read(i)));
            }
        }
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws IOException {
        Path file = dir.resolve("keep.raw");
        writeFrames(file, 1);
        long size = Files.size(file);
        assertThrows(FileAlreadyExistsException.class,
                () -> RawFrameFormat.create(file, geometry, synth.mask(), Frame.DEFAULT_OVERLOAD));
        assertEquals(size, Files.size(file));
    }

    @Test
    void refusesFramesThatDoNotMatchTheFile() throws IOException {
        try (RawFrameWriter w = RawFrameFormat.create(dir.resolve("strict.raw"), geometry, synth.mask(), Frame.DEFAULT_OVERLOAD)) {
            Frame otherMask = synth.blank(1).frame().withMask(PixelMask.none(geometry.nx(), geometry.ny()));
            assertThrows(IllegalArgumentException.class, () -> w.append(otherMask));
            Frame otherDistance = new Frame(geometry.withDistance(300), new char[geometry.pixelCount()], synth.mask(),
                    Frame.DEFAULT_OVERLOAD);
            assertThrows(IllegalArgumentException.class, () -> w.append(otherDistance));
            assertEquals(0, w.framesWritten());
        }
    }

    @Test
    void aFileCutShortReadsItsCompleteFrames() throws IOException {
        Path file = dir.resolve("crashed.raw");
        writeFrames(file, 2);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(file) - 1000);
        }
        try (FrameSeries series = FrameIO.standard().open(file)) {
            assertEquals(1, series.frameCount());
        }
    }

    @Test
    void unknownFilesGetAClearError() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.txt"), "not frames");
        IOException e = assertThrows(IOException.class, () -> FrameIO.standard().open(text));
        assertTrue(e.getMessage().contains("not in a known frame format") && e.getMessage().contains("raw"), e.getMessage());
        assertThrows(java.nio.file.NoSuchFileException.class, () -> FrameIO.standard().open(dir.resolve("missing.raw")));
    }

    private List<Frame> writeFrames(Path file, int n) throws IOException {
        List<Frame> frames = new ArrayList<>();
        try (RawFrameWriter w = RawFrameFormat.create(file, geometry, synth.mask(), Frame.DEFAULT_OVERLOAD)) {
            for (int i = 0; i < n; i++) {
                Frame f = synth.generate(List.of(new CrystalHit(1, 1)), i).frame();
                w.append(f);
                frames.add(f);
            }
        }
        return frames;
    }
}
