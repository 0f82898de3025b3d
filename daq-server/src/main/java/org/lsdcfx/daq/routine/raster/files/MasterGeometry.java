package org.lsdcfx.daq.routine.raster.files;

import java.io.IOException;
import java.lang.reflect.Array;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;

import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.analysis.spots.ModuleLayout;
import org.lsdcfx.datafiles.nxmx.MasterHeader;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.NxmxStructure;

/**
 * The detector geometry an NXmx master declares (distance, beam centre, pixel pitch, wavelength, saturation value),
 * read with pure-Java jhdf, so it never touches the handles of the HDF5 C library that may be writing the same series
 * in this JVM. Immutable.
 *
 * @param distanceMm      sample-to-detector distance
 * @param beamCentreXPx   beam centre, fast axis, pixels
 * @param beamCentreYPx   beam centre, slow axis, pixels
 * @param pixelSizeMm     pixel pitch (fast axis)
 * @param wavelengthA     wavelength
 * @param saturationValue the detector's saturation value, -1 when the master does not say
 * @param framesPerFile   LSDC-FX's {@code frames_per_data_file} status attribute, when present
 */
public record MasterGeometry(double distanceMm, double beamCentreXPx, double beamCentreYPx, double pixelSizeMm,
                             double wavelengthA, long saturationValue, OptionalInt framesPerFile) {
    private static final String DETECTOR = NxmxStructure.DETECTOR + "/";

    /**
     * Reads a master whose header is written (any time after arming for the JNI writer; only after the series
     * closed for the self-contained jhdf writer, whose master is an empty placeholder until then).
     *
     * @throws IOException when the master is missing, empty or lacks a geometry field
     */
    public static MasterGeometry read(Path master) throws IOException {
        if (!Files.isRegularFile(master) || Files.size(master) == 0) {
            throw new IOException(master + " is missing or still empty (the self-contained writer fills it at the end)");
        }
        try (HdfFile file = new HdfFile(master)) {
            OptionalInt perFile = OptionalInt.empty();
            Node status = optional(file, NxmxStructure.STATUS_PATH);
            if (status != null && status.getAttribute(NxmxStructure.ATTR_FRAMES_PER_DATA_FILE) != null) {
                perFile = OptionalInt.of((int) number(status.getAttribute(NxmxStructure.ATTR_FRAMES_PER_DATA_FILE)
                        .getData()));
            }
            Node saturation = optional(file, DETECTOR + "saturation_value");
            return new MasterGeometry(
                    MasterHeader.toMm(scalar(file, DETECTOR + "distance"), unit(file, DETECTOR + "distance")),
                    scalar(file, DETECTOR + "beam_center_x"), scalar(file, DETECTOR + "beam_center_y"),
                    MasterHeader.toMm(scalar(file, DETECTOR + "x_pixel_size"), unit(file, DETECTOR + "x_pixel_size")),
                    MasterHeader.toAngstrom(scalar(file, "/entry/instrument/beam/incident_wavelength"),
                            unit(file, "/entry/instrument/beam/incident_wavelength")),
                    saturation instanceof Dataset d ? (long) number(d.getData()) : -1, perFile);
        } catch (NxmxException | io.jhdf.exceptions.HdfException | ClassCastException | IllegalArgumentException e) {
            throw new IOException(master + " does not declare the detector geometry: " + e.getMessage(), e);
        }
    }

    /** The frames' geometry for frames of this size (no module layout: NXmx gap pixels hold 0xFFFF). */
    public FrameSpec spec(int width, int height) {
        return new FrameSpec(new DetectorGeometry(width, height, pixelSizeMm, distanceMm, beamCentreXPx, beamCentreYPx,
                wavelengthA, ModuleLayout.NONE), FrameSpec.overloadFor(saturationValue));
    }

    private static Node optional(HdfFile file, String path) {
        try {
            return file.getByPath(path);
        } catch (io.jhdf.exceptions.HdfInvalidPathException e) {
            return null;
        }
    }

    private static double scalar(HdfFile file, String path) {
        Node n = optional(file, path);
        if (!(n instanceof Dataset d)) {
            throw new NxmxException("no " + path);
        }
        return number(d.getData());
    }

    private static String unit(HdfFile file, String path) {
        Attribute a = file.getByPath(path).getAttribute("units");
        if (a == null) {
            return "";
        }
        Object v = a.getData();
        return String.valueOf(v != null && v.getClass().isArray() ? Array.get(v, 0) : v);
    }

    private static double number(Object v) {
        Object one = v != null && v.getClass().isArray() ? Array.get(v, 0) : v;
        if (one instanceof Number n) {
            return n.doubleValue();
        }
        throw new NxmxException("not a number: " + one);
    }
}
