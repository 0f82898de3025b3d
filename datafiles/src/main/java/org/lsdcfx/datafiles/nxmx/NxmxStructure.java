package org.lsdcfx.datafiles.nxmx;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lsdcfx.datafiles.nxmx.tree.NxDataset;
import org.lsdcfx.datafiles.nxmx.tree.NxGroup;

/**
 * The NXmx layout of a master file, shared by all backends: which groups exist with which {@code NX_class}, the
 * fields the writer computes (definition, times, goniometer and detector geometry) and the LSDC-FX status record
 * {@code /entry/lsdcfx_status}. Backends add {@code /entry/data} (external links or the frames themselves).
 *
 * <p>Geometry follows the Eiger/DIALS convention: {@code /entry/sample/depends_on} points to the omega rotation
 * (through {@code sam_x/y/z} for a vector collection); the detector sits {@code distance} along z, its module has the
 * fast axis along -x and the slow axis along -y, offset so that the beam centre pixel is on the beam.
 */
public final class NxmxStructure {
    public static final String ENTRY = "/entry";
    /** Dataset holding the {@link DatasetStatus} label; its attributes describe the dataset's progress. */
    public static final String STATUS = "lsdcfx_status";
    public static final String STATUS_PATH = ENTRY + "/" + STATUS;
    public static final String ATTR_REASON = "reason";
    public static final String ATTR_FRAMES_WRITTEN = "frames_written";
    public static final String ATTR_FRAMES_PLANNED = "frames_planned";
    public static final String ATTR_FRAMES_PER_DATA_FILE = "frames_per_data_file";
    public static final String ATTR_PIXEL_TYPE = "pixel_type";
    /** [height, width] of a frame. */
    public static final String ATTR_IMAGE_SIZE = "image_size";
    public static final String ATTR_COMPRESSION = "compression";
    public static final String ATTR_RESUMES = "resumes";
    public static final String ATTR_WRITER = "writer";
    /** Path of the frames inside each data file (and inside a self-contained master). */
    public static final String DATA_PATH = "/entry/data/data";
    public static final String SAMPLE_TRANSFORMATIONS = "/entry/sample/transformations";
    public static final String OMEGA_PATH = SAMPLE_TRANSFORMATIONS + "/omega";
    public static final String DETECTOR = "/entry/instrument/detector";

    private static final Map<String, String> GROUP_CLASSES = new TreeMap<>(Map.ofEntries(
            Map.entry("entry", "NXentry"), Map.entry("instrument", "NXinstrument"), Map.entry("detector", "NXdetector"),
            Map.entry("beam", "NXbeam"), Map.entry("source", "NXsource"), Map.entry("attenuator", "NXattenuator"),
            Map.entry("monochromator", "NXmonochromator"), Map.entry("sample", "NXsample"),
            Map.entry("detectorSpecific", "NXcollection"), Map.entry("module", "NXdetector_module"),
            Map.entry("transformations", "NXtransformations"), Map.entry("data", "NXdata")));
    private static final List<String> RESERVED_PREFIXES = List.of("/entry/data/", "/entry/sample/transformations/",
            DETECTOR + "/transformations/", DETECTOR + "/module/");
    private static final List<String> RESERVED = List.of("/entry/definition", "/entry/start_time", "/entry/end_time",
            STATUS_PATH, "/entry/sample/depends_on", DETECTOR + "/depends_on", DETECTOR + "/bit_depth_image");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX")
            .withZone(ZoneOffset.UTC);

    private NxmxStructure() {
    }

    /** The NeXus class of a group called {@code name}, or null when the name is not a known group. */
    public static String groupClass(String name) {
        return GROUP_CLASSES.get(name);
    }

    public static String knownGroups() {
        return String.join(", ", GROUP_CLASSES.keySet());
    }

    /** Whether the writer itself writes {@code path}, so a field map may not. */
    public static boolean isReserved(String path) {
        return RESERVED.contains(path) || RESERVED_PREFIXES.stream().anyMatch(path::startsWith);
    }

    /** ISO 8601 with milliseconds in UTC, as NeXus {@code NX_DATE_TIME} wants. */
    public static String timestamp(Instant instant) {
        return ISO.format(instant);
    }

    /**
     * The {@code entry} group of a master file: definition, start time, the mapped metadata, the detector geometry
     * and the goniometer positions of every planned frame. No data, no status, no end time.
     *
     * @throws NxmxException when the metadata lacks a field the geometry needs
     */
    public static NxGroup master(DatasetSpec spec) {
        DatasetPlan plan = spec.plan();
        NxGroup entry = new NxGroup("entry", "NXentry");
        entry.add(NxDataset.of("definition", "NXmx"));
        entry.add(NxDataset.of("start_time", timestamp(spec.startTime())));
        for (NxmxField f : spec.metadata().fields()) {
            String[] parts = f.path().substring(1).split("/");
            NxGroup g = entry;
            for (int i = 1; i < parts.length - 1; i++) {
                g = g.group(parts[i], groupClass(parts[i]));
            }
            g.add(NxDataset.of(parts[parts.length - 1], f.value(), f.unit()));
        }
        addDetectorGeometry(entry, spec);
        addGoniometer(entry, plan);
        entry.group("data", "NXdata");
        return entry;
    }

    private static void addDetectorGeometry(NxGroup entry, DatasetSpec spec) {
        NxmxMetadata m = spec.metadata();
        NxmxField distance = m.require(DETECTOR + "/distance");
        NxmxField beamX = m.require(DETECTOR + "/beam_center_x");
        NxmxField beamY = m.require(DETECTOR + "/beam_center_y");
        NxmxField pixelX = m.require(DETECTOR + "/x_pixel_size");
        NxmxField pixelY = m.require(DETECTOR + "/y_pixel_size");
        if (!pixelX.unit().equals(pixelY.unit())) {
            throw new NxmxException("x_pixel_size (" + pixelX.unit() + ") and y_pixel_size (" + pixelY.unit()
                    + ") must have the same unit");
        }
        String lengthUnit = pixelX.unit();
        FrameGeometry frame = spec.plan().geometry();
        NxGroup detector = entry.group("instrument", "NXinstrument").group("detector", "NXdetector");
        detector.add(NxDataset.of("depends_on", DETECTOR + "/transformations/translation"));
        detector.add(NxDataset.of("bit_depth_image", (long) frame.pixelType().bits()));
        detector.group("transformations", "NXtransformations").add(
                NxDataset.of("translation", distance.number(), distance.unit())
                        .withAttribute("transformation_type", "translation")
                        .withAttribute("vector", new double[] {0, 0, 1})
                        .withAttribute("depends_on", "."));
        String moduleOffset = DETECTOR + "/module/module_offset";
        NxGroup module = detector.group("module", "NXdetector_module");
        module.add(NxDataset.of("data_origin", new int[] {0, 0}));
        module.add(NxDataset.of("data_size", new int[] {frame.height(), frame.width()}));
        module.add(NxDataset.of("data_stride", new int[] {1, 1}));
        module.add(NxDataset.of("module_offset", 0.0, lengthUnit)
                .withAttribute("transformation_type", "translation")
                .withAttribute("vector", new double[] {1, 0, 0})
                .withAttribute("offset", new double[] {beamX.number() * pixelX.number(), beamY.number() * pixelY.number(), 0})
                .withAttribute("depends_on", DETECTOR + "/transformations/translation"));
        module.add(NxDataset.of("fast_pixel_direction", pixelX.number(), lengthUnit)
                .withAttribute("transformation_type", "translation")
                .withAttribute("vector", new double[] {-1, 0, 0})
                .withAttribute("offset", new double[] {0, 0, 0})
                .withAttribute("depends_on", moduleOffset));
        module.add(NxDataset.of("slow_pixel_direction", pixelY.number(), lengthUnit)
                .withAttribute("transformation_type", "translation")
                .withAttribute("vector", new double[] {0, -1, 0})
                .withAttribute("offset", new double[] {0, 0, 0})
                .withAttribute("depends_on", moduleOffset));
    }

    private static void addGoniometer(NxGroup entry, DatasetPlan plan) {
        GoniometerScan scan = plan.scan();
        int n = plan.frameCount();
        NxGroup sample = entry.group("sample", "NXsample");
        NxGroup transformations = sample.group("transformations", "NXtransformations");
        double[] omega = scan.omegaSeries(n);
        double[] omegaEnd = new double[n];
        for (int i = 0; i < n; i++) {
            omegaEnd[i] = omega[i] + scan.omegaIncrement();
        }
        transformations.add(NxDataset.of("omega", omega, "deg")
                .withAttribute("transformation_type", "rotation")
                .withAttribute("vector", scan.omegaAxis().toArray())
                .withAttribute("depends_on", "."));
        transformations.add(NxDataset.of("omega_increment_set", scan.omegaIncrement(), "deg"));
        transformations.add(NxDataset.of("omega_end", omegaEnd, "deg"));
        String dependsOn = OMEGA_PATH;
        VectorTranslation vector = scan.vector();
        if (vector != null) {
            List<NxDataset> translations = sampleTranslations(MasterSupplement.SamplePositions.of(vector, n));
            translations.forEach(transformations::add);
            dependsOn = SAMPLE_TRANSFORMATIONS + "/" + translations.get(translations.size() - 1).name();
        }
        sample.add(NxDataset.of("depends_on", dependsOn));
    }

    /**
     * The per-frame sample translations {@code sam_z}, {@code sam_y}, {@code sam_x} (in that order), riding on the
     * rotation: sample depends on {@code sam_x}, which depends on {@code sam_y}, then {@code sam_z}, then omega.
     * {@code /entry/sample/depends_on} must point to the last one ({@code .../sam_x}).
     */
    public static List<NxDataset> sampleTranslations(MasterSupplement.SamplePositions p) {
        String[] names = {"sam_z", "sam_y", "sam_x"};
        double[][] values = {p.z(), p.y(), p.x()};
        double[][] vectors = {{0, 0, 1}, {0, 1, 0}, {1, 0, 0}};
        List<NxDataset> out = new java.util.ArrayList<>();
        String dependsOn = OMEGA_PATH;
        for (int k = 0; k < 3; k++) {
            out.add(NxDataset.of(names[k], values[k], p.unit())
                    .withAttribute("transformation_type", "translation")
                    .withAttribute("vector", vectors[k])
                    .withAttribute("depends_on", dependsOn));
            dependsOn = SAMPLE_TRANSFORMATIONS + "/" + names[k];
        }
        return out;
    }

    /** The status record: the label, and the attributes a resume needs to continue the same dataset. */
    public static NxDataset status(DatasetPlan plan, DatasetStatus status, String reason, int framesWritten, int resumes,
                                   String writer) {
        FrameGeometry g = plan.geometry();
        return NxDataset.of(STATUS, status.label())
                .withAttribute(ATTR_REASON, reason == null ? "" : reason)
                .withAttribute(ATTR_FRAMES_WRITTEN, (long) framesWritten)
                .withAttribute(ATTR_FRAMES_PLANNED, (long) plan.frameCount())
                .withAttribute(ATTR_FRAMES_PER_DATA_FILE, (long) plan.framesPerDataFile())
                .withAttribute(ATTR_PIXEL_TYPE, g.pixelType().label())
                .withAttribute(ATTR_IMAGE_SIZE, new long[] {g.height(), g.width()})
                .withAttribute(ATTR_COMPRESSION, plan.compression().label())
                .withAttribute(ATTR_RESUMES, (long) resumes)
                .withAttribute(ATTR_WRITER, writer);
    }

    public static NxDataset endTime(Instant end) {
        return NxDataset.of("end_time", timestamp(end));
    }
}
