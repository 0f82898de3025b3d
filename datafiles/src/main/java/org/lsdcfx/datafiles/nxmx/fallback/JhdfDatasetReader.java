package org.lsdcfx.datafiles.nxmx.fallback;

import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;

import org.lsdcfx.datafiles.nxmx.Compression;
import org.lsdcfx.datafiles.nxmx.DatasetPlan;
import org.lsdcfx.datafiles.nxmx.DatasetState;
import org.lsdcfx.datafiles.nxmx.DatasetStatus;
import org.lsdcfx.datafiles.nxmx.Frame;
import org.lsdcfx.datafiles.nxmx.FrameGeometry;
import org.lsdcfx.datafiles.nxmx.FrameSource;
import org.lsdcfx.datafiles.nxmx.GoniometerScan;
import org.lsdcfx.datafiles.nxmx.MasterHeader;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.NxmxStructure;
import org.lsdcfx.datafiles.nxmx.PixelType;
import org.lsdcfx.datafiles.nxmx.Vector3;

/**
 * Reads a self-contained master written by the jhdf fallback: its status record, plan and frames
 * ({@code /entry/data/data}). A master still being collected is an empty placeholder file: it reads as in progress
 * with no frames. Not thread-safe (one reader per thread).
 */
final class JhdfDatasetReader implements FrameSource {
    private static final Pattern MASTER_NAME = Pattern.compile("(.+)_(\\d{1,5})_master\\.h5");
    private final Path master;
    private final HdfFile file;
    private final DatasetState state;
    private final Dataset data;

    private JhdfDatasetReader(Path master, HdfFile file, DatasetState state, Dataset data) {
        this.master = master;
        this.file = file;
        this.state = state;
        this.data = data;
    }

    static DatasetState inspect(Path master) {
        try (JhdfDatasetReader r = open(master)) {
            return r.state;
        }
    }

    static JhdfDatasetReader open(Path master) {
        Matcher name = MASTER_NAME.matcher(master.getFileName().toString());
        if (!name.matches()) {
            throw new NxmxException(master + " is not named <prefix>_<sequence>_master.h5");
        }
        try {
            if (Files.size(master) == 0) {
                throw new NxmxException(master + " is still being collected by the self-contained jhdf writer (its frames "
                        + "are written at the end) or that collection crashed; its frames cannot be read");
            }
        } catch (java.io.IOException e) {
            throw new NxmxException("cannot read " + master + ": " + e.getMessage(), e);
        }
        HdfFile file = new HdfFile(master);
        try {
            Dataset status = (Dataset) file.getByPath(NxmxStructure.STATUS_PATH);
            long[] size = longs(status.getAttribute(NxmxStructure.ATTR_IMAGE_SIZE));
            FrameGeometry geometry = new FrameGeometry((int) size[1], (int) size[0],
                    PixelType.fromLabel(text(status.getAttribute(NxmxStructure.ATTR_PIXEL_TYPE))));
            int planned = (int) longs(status.getAttribute(NxmxStructure.ATTR_FRAMES_PLANNED))[0];
            int perFile = (int) longs(status.getAttribute(NxmxStructure.ATTR_FRAMES_PER_DATA_FILE))[0];
            double[] omega = doubles(((Dataset) file.getByPath(NxmxStructure.OMEGA_PATH)).getData());
            double increment = doubles(((Dataset) file.getByPath(NxmxStructure.SAMPLE_TRANSFORMATIONS
                    + "/omega_increment_set")).getData())[0];
            double[] axis = doubles(file.getByPath(NxmxStructure.OMEGA_PATH).getAttribute("vector").getData());
            DatasetPlan plan = new DatasetPlan(master.toAbsolutePath().getParent(), name.group(1),
                    Integer.parseInt(name.group(2)), geometry, planned, perFile,
                    new GoniometerScan(omega[0], increment, new Vector3(axis[0], axis[1], axis[2]), null),
                    Compression.fromLabel(text(status.getAttribute(NxmxStructure.ATTR_COMPRESSION))));
            Node dataNode = file.getByPath("/entry/data").isGroup()
                    ? ((io.jhdf.api.Group) file.getByPath("/entry/data")).getChild("data") : null;
            Dataset data = dataNode instanceof Dataset d ? d : null;
            int frames = data == null ? 0 : data.getDimensions()[0];
            DatasetState state = new DatasetState(master, plan, DatasetStatus.fromLabel(text(status.getData())),
                    text(status.getAttribute(NxmxStructure.ATTR_REASON)), frames, List.of(),
                    (int) longs(status.getAttribute(NxmxStructure.ATTR_RESUMES))[0]);
            return new JhdfDatasetReader(master, file, state, data);
        } catch (RuntimeException e) {
            file.close();
            throw e instanceof NxmxException n ? n : new NxmxException("cannot read " + master + ": " + e.getMessage(), e);
        }
    }

    @Override
    public DatasetPlan plan() {
        return state.plan();
    }

    @Override
    public int frameCount() {
        return state.framesWritten();
    }

    @Override
    public Frame read(int index) {
        if (index < 0 || index >= frameCount()) {
            throw new NxmxException(master + " holds frames 1.." + frameCount() + "; frame " + (index + 1) + " does not exist");
        }
        FrameGeometry g = state.plan().geometry();
        Object slab = data.getData(new long[] {index, 0, 0}, new int[] {1, g.height(), g.width()});
        Object rows = Array.get(slab, 0);
        if (g.pixelType() == PixelType.UINT16) {
            short[] pixels = new short[g.pixels()];
            for (int y = 0; y < g.height(); y++) {
                Object row = Array.get(rows, y);
                for (int x = 0; x < g.width(); x++) {
                    pixels[y * g.width() + x] = (short) ((Number) number(Array.get(row, x))).intValue();
                }
            }
            return Frame.uint16(pixels);
        }
        int[] pixels = new int[g.pixels()];
        for (int y = 0; y < g.height(); y++) {
            Object row = Array.get(rows, y);
            for (int x = 0; x < g.width(); x++) {
                pixels[y * g.width() + x] = (int) ((Number) number(Array.get(row, x))).longValue();
            }
        }
        return Frame.uint32(pixels);
    }

    @Override
    public MasterHeader header() {
        String det = NxmxStructure.DETECTOR + "/";
        FrameGeometry g = state.plan().geometry();
        return new MasterHeader(g.width(), g.height(), MasterHeader.toMm(scalar(det + "distance"), unit(det + "distance")),
                scalar(det + "beam_center_x"), scalar(det + "beam_center_y"),
                MasterHeader.toMm(scalar(det + "x_pixel_size"), unit(det + "x_pixel_size")),
                MasterHeader.toMm(scalar(det + "y_pixel_size"), unit(det + "y_pixel_size")),
                MasterHeader.toAngstrom(scalar("/entry/instrument/beam/incident_wavelength"),
                        unit("/entry/instrument/beam/incident_wavelength")), -1);
    }

    private double scalar(String path) {
        return doubles(((Dataset) file.getByPath(path)).getData())[0];
    }

    private String unit(String path) {
        Attribute a = file.getByPath(path).getAttribute("units");
        return a == null ? "" : text(a.getData());
    }

    private static Object number(Object v) {
        return v instanceof Character c ? (int) c : v;
    }

    private static String text(Attribute a) {
        return text(a.getData());
    }

    private static String text(Object v) {
        Object one = v != null && v.getClass().isArray() ? Array.get(v, 0) : v;
        return String.valueOf(one);
    }

    private static long[] longs(Attribute a) {
        Object v = a.getData();
        if (!v.getClass().isArray()) {
            return new long[] {((Number) v).longValue()};
        }
        long[] out = new long[Array.getLength(v)];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) Array.get(v, i)).longValue();
        }
        return out;
    }

    private static double[] doubles(Object v) {
        if (!v.getClass().isArray()) {
            return new double[] {((Number) v).doubleValue()};
        }
        double[] out = new double[Array.getLength(v)];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) Array.get(v, i)).doubleValue();
        }
        return out;
    }

    @Override
    public void close() {
        file.close();
    }
}
