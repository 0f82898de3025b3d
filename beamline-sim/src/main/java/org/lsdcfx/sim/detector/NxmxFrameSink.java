package org.lsdcfx.sim.detector;

import org.lsdcfx.analysis.spots.DetectorGeometry;
import org.lsdcfx.datafiles.nxmx.Compression;
import org.lsdcfx.datafiles.nxmx.DatasetPlan;
import org.lsdcfx.datafiles.nxmx.DatasetResult;
import org.lsdcfx.datafiles.nxmx.DatasetSpec;
import org.lsdcfx.datafiles.nxmx.DatasetWriter;
import org.lsdcfx.datafiles.nxmx.EndInfo;
import org.lsdcfx.datafiles.nxmx.Frame;
import org.lsdcfx.datafiles.nxmx.FrameGeometry;
import org.lsdcfx.datafiles.nxmx.GoniometerScan;
import org.lsdcfx.datafiles.nxmx.NxmxBackend;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.NxmxField;
import org.lsdcfx.datafiles.nxmx.NxmxMetadata;
import org.lsdcfx.datafiles.nxmx.PixelType;
import org.lsdcfx.mxtools.profile.DetectorSpec;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simulated Eiger's file writer in NXmx: through datafiles' {@link DatasetWriter}, a master file
 * {@code <prefix>_<seq>_master.h5} and (with the JNI backend) data files {@code <prefix>_<seq>_data_000001.h5}, … of
 * at most {@code FWNImagesPerFile} frames, appended frame by frame. The name pattern must end in the sequence number,
 * as LSDC names series ({@code cam1:FWNamePattern} = {@code lyso_1} → {@code lyso_1_master.h5}).
 *
 * <p>The master holds what the detector knows when it is armed: the detector (description, sensor, pixel size of
 * the frames, saturation value), the header's distance, beam centre and wavelength, {@code frame_time}
 * ({@code AcquirePeriod}), {@code count_time} ({@code AcquireTime}), and omega start and increment per frame. Frames
 * are stored as unsigned 16-bit, gap pixels 0xFFFF, exactly the pixels the spot finder gets live. The series ends
 * {@code complete} (with {@code end_time}) or {@code incomplete} with the reason (disarmed, write failed).
 *
 * <p>Left for the daq server, which knows the request and the beamline (datafiles' field map sources
 * {@code request}/{@code pv}/{@code config}): {@code /entry/sample/name}, {@code /entry/instrument/name},
 * {@code /entry/instrument/beam/flux} and {@code /entry/instrument/attenuator/attenuator_transmission}.
 *
 * <p>Never overwrites (datafiles' writers create files exclusively). Thread-safe; a writer is used by one thread.
 */
public final class NxmxFrameSink implements FrameSink {
    private static final Pattern SEQUENCED = Pattern.compile("(.+)_(\\d{1,5})");
    private static final String DETECTOR = "/entry/instrument/detector/";
    private final NxmxBackend backend;
    private final Clock clock;

    public NxmxFrameSink(NxmxBackend backend, Clock clock) {
        this.backend = backend;
        this.clock = clock;
    }

    public NxmxBackend backend() {
        return backend;
    }

    @Override
    public String describe() {
        return "NXmx (" + backend.name() + ")";
    }

    @Override
    public SeriesWriter open(SeriesSpec series) throws IOException {
        Matcher name = SEQUENCED.matcher(series.prefix());
        if (!name.matches()) {
            throw new IOException("the NXmx file writer names files <prefix>_<sequence>_master.h5: the name pattern"
                    + " must end in _<sequence number> (e.g. lyso_1), got '" + series.prefix() + "'");
        }
        Files.createDirectories(series.directory());
        DetectorGeometry g = series.geometry();
        try {
            DatasetPlan plan = new DatasetPlan(series.directory(), name.group(1), Integer.parseInt(name.group(2)),
                    new FrameGeometry(g.nx(), g.ny(), PixelType.UINT16), series.images(), series.framesPerFile(),
                    GoniometerScan.rotation(series.omegaStart(), series.omegaIncrement()), Compression.none());
            DatasetWriter writer = backend.open(new DatasetSpec(plan, metadata(series), series.armedAt()));
            return new Writer(writer, clock);
        } catch (NxmxException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** The fields the detector itself knows (see the class comment for those the server adds). */
    static NxmxMetadata metadata(SeriesSpec s) {
        DetectorSpec d = s.detector();
        DetectorGeometry g = s.geometry();
        List<NxmxField> f = new ArrayList<>();
        f.add(new NxmxField(DETECTOR + "description", d.model(), ""));
        f.add(new NxmxField(DETECTOR + "sensor_material", d.sensorMaterial(), ""));
        f.add(new NxmxField(DETECTOR + "sensor_thickness", d.sensorThicknessMm() / 1000, "m"));
        f.add(new NxmxField(DETECTOR + "x_pixel_size", g.pixelSizeMm() / 1000, "m"));
        f.add(new NxmxField(DETECTOR + "y_pixel_size", g.pixelSizeMm() / 1000, "m"));
        f.add(new NxmxField(DETECTOR + "saturation_value", DiffractionModel.OVERLOAD, ""));
        f.add(new NxmxField(DETECTOR + "distance", s.detectorDistanceMm(), "mm"));
        f.add(new NxmxField(DETECTOR + "beam_center_x", g.beamCentreXPx(), "pixel"));
        f.add(new NxmxField(DETECTOR + "beam_center_y", g.beamCentreYPx(), "pixel"));
        f.add(new NxmxField(DETECTOR + "frame_time", s.period(), "s"));
        f.add(new NxmxField(DETECTOR + "count_time", s.exposureTime(), "s"));
        f.add(new NxmxField("/entry/instrument/beam/incident_wavelength", g.wavelengthA(), "angstrom"));
        return NxmxMetadata.of(f);
    }

    private static final class Writer implements SeriesWriter {
        private final DatasetWriter writer;
        private final Clock clock;

        Writer(DatasetWriter writer, Clock clock) {
            this.writer = writer;
            this.clock = clock;
        }

        @Override
        public void write(DetectorFrame frame) throws IOException {
            CharBuffer pixels = frame.image().pixels();
            short[] data = new short[pixels.remaining()];
            for (int i = 0; i < data.length; i++) {
                data[i] = (short) pixels.get(i);
            }
            try {
                writer.append(Frame.uint16(data));
            } catch (NxmxException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public void complete(int framesWritten) throws IOException {
            try (writer) {
                DatasetResult result = writer.complete(EndInfo.at(clock.instant()));
                if (!result.isComplete()) {
                    throw new IOException("the master says " + result.status().label() + ": " + result.reason());
                }
            } catch (NxmxException e) {
                throw new IOException(e.getMessage(), e);
            }
        }

        @Override
        public void abort(int framesWritten, String reason) throws IOException {
            try (writer) {
                writer.abort(reason);
            } catch (NxmxException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
