package org.lsdcfx.daq.routine.raster.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.util.Arrays;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.api.dataset.ChunkedDataset;
import io.jhdf.api.dataset.ContiguousDataset;
import io.jhdf.object.datatype.FixedPoint;

import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.Frame;
import org.lsdcfx.analysis.spots.PixelMask;
import org.lsdcfx.analysis.spots.io.FrameSeries;
import org.lsdcfx.datafiles.nxmx.NxmxStructure;

/**
 * Frames of an HDF5 file's {@code /entry/data/data} [n, height, width] (an Eiger/NXmx data file, or a self-contained
 * master), read with pure-Java jhdf: one chunk per frame when the file is chunked by frame, as Eiger and both
 * datafiles backends write, else by hyperslab. Unsigned 16-bit pixels are used as they are; 32-bit pixels are clamped
 * (all ones = bad pixel). A series may start at a frame other than the first (a raster row inside a self-contained
 * master). Reading never uses the HDF5 C library, so it is independent of a JNI writer in the same JVM.
 *
 * <p>{@link #read(int)} is synchronized: jhdf file handles are not documented as thread-safe.
 */
public final class Hdf5FrameSeries implements FrameSeries {
    private static final byte[] MAGIC = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private final Path file;
    private final HdfFile hdf;
    private final Dataset data;
    private final int first;
    private final int count;
    private final int bytesPerPixel;
    private final ByteOrder order;
    private final FrameSpec spec;
    private final PixelMask mask;

    private Hdf5FrameSeries(Path file, HdfFile hdf, Dataset data, int first, int count, int bytesPerPixel,
                            ByteOrder order, FrameSpec spec) {
        this.file = file;
        this.hdf = hdf;
        this.data = data;
        this.first = first;
        this.count = count;
        this.bytesPerPixel = bytesPerPixel;
        this.order = order;
        this.spec = spec;
        this.mask = PixelMask.none(spec.geometry().nx(), spec.geometry().ny());
    }

    /** True when {@code file} starts with the HDF5 signature (no user block). */
    public static boolean isHdf5(Path file) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) < MAGIC.length) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(MAGIC.length);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // read the signature
            }
            return Arrays.equals(b.array(), MAGIC);
        }
    }

    /** True when {@code file} is HDF5 with a frame dataset of its own (a self-contained master, a data file). */
    public static boolean holdsFrames(Path file) throws IOException {
        if (!isHdf5(file)) {
            return false;
        }
        try (HdfFile hdf = new HdfFile(file)) {
            return hdf.getByPath(NxmxStructure.DATA_PATH) instanceof Dataset;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Opens the frames from {@code first} (0-based) to the end of the file's frame dataset.
     *
     * @param geometry the geometry of frames of the dataset's size
     * @throws IOException when the file has no 16- or 32-bit unsigned {@code /entry/data/data} of 3 dimensions, or it
     *                     ends before {@code first}
     */
    public static Hdf5FrameSeries open(Path file, int first, FrameSpec.Source geometry) throws IOException {
        HdfFile hdf;
        try {
            hdf = new HdfFile(file);
        } catch (RuntimeException e) {
            throw new IOException(file + " is not a readable HDF5 file: " + e.getMessage(), e);
        }
        try {
            Node node = hdf.getByPath(NxmxStructure.DATA_PATH);
            if (!(node instanceof Dataset data) || data.getDimensions().length != 3) {
                throw new IOException(file + " has no frame dataset " + NxmxStructure.DATA_PATH
                        + " (a master whose frames are in linked data files?)");
            }
            if (!(data.getDataType() instanceof FixedPoint type) || type.isSigned()
                    || (type.getSize() != 2 && type.getSize() != 4)) {
                throw new IOException(file + ": " + NxmxStructure.DATA_PATH + " is not unsigned 16- or 32-bit");
            }
            int[] dims = data.getDimensions();
            if (first < 0 || first >= dims[0]) {
                throw new IOException(file + " holds " + dims[0] + " frames; frame " + (first + 1) + " is not there");
            }
            FrameSpec spec = geometry.forFrames(dims[2], dims[1]);
            return new Hdf5FrameSeries(file, hdf, data, first, dims[0] - first, type.getSize(), type.getByteOrder(), spec);
        } catch (IOException | RuntimeException e) {
            hdf.close();
            if (e instanceof IOException io) {
                throw io;
            }
            throw new IOException(file + " cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public Path source() {
        return file;
    }

    @Override
    public DetectorGeometry geometry() {
        return spec.geometry();
    }

    @Override
    public int frameCount() {
        return count;
    }

    @Override
    public synchronized Frame read(int index) throws IOException {
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("frame " + index + " not in " + file + " (" + count + " frames from "
                    + (first + 1) + ")");
        }
        DetectorGeometry g = spec.geometry();
        ByteBuffer bytes;
        try {
            bytes = ByteBuffer.wrap(frameBytes(first + index, g)).order(order);
        } catch (RuntimeException e) {
            throw new IOException(file + " frame " + (first + index + 1) + " cannot be read: " + e.getMessage(), e);
        }
        char[] pixels = new char[g.pixelCount()];
        if (bytesPerPixel == 2) {
            bytes.asCharBuffer().get(pixels);
        } else {
            for (int i = 0; i < pixels.length; i++) {
                long v = Integer.toUnsignedLong(bytes.getInt());
                pixels[i] = v >= 0xFFFF_FFFFL ? Frame.BAD_PIXEL : (char) Math.min(v, Frame.DEFAULT_OVERLOAD);
            }
        }
        return new Frame(g, pixels, mask, spec.overload());
    }

    /** The frame's raw bytes: its chunk when chunks are whole frames, or its slice of a contiguous dataset. */
    private byte[] frameBytes(int frame, DetectorGeometry g) {
        int frameBytes = g.pixelCount() * bytesPerPixel;
        if (data instanceof ChunkedDataset chunked) {
            int[] c = chunked.getChunkDimensions();
            if (c.length == 3 && c[0] == 1 && c[1] == g.ny() && c[2] == g.nx()) {
                return chunked.getDecompressedChunk(new int[] {frame, 0, 0});
            }
        } else if (data instanceof ContiguousDataset contiguous) {
            ByteBuffer all = contiguous.getBuffer();
            byte[] out = new byte[frameBytes];
            all.position((int) ((long) frame * frameBytes)).get(out);
            return out;
        }
        throw new IllegalStateException("frames are neither chunked one per frame nor contiguous");
    }

    @Override
    public void close() {
        hdf.close();
    }

    @Override
    public String toString() {
        return "Hdf5FrameSeries[" + file + ", frames " + (first + 1) + ".." + (first + count) + "]";
    }
}
