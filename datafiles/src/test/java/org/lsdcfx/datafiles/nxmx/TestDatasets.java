package org.lsdcfx.datafiles.nxmx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Specs, deterministic frames and their checksums for the writer tests. */
final class TestDatasets {
    static final Instant START = Instant.parse("2025-03-04T10:15:30.250Z");
    static final Instant END = Instant.parse("2025-03-04T10:16:02.500Z");

    private TestDatasets() {
    }

    /** Values for every key of the default field map, as the daq server would gather them. */
    static Map<String, Object> beamlineValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("config:beamline.name", "AMX (simulated)");
        v.put("config:detector.description", "Dectris EIGER2 X 9M (simulated)");
        v.put("config:detector.sensorMaterial", "Si");
        v.put("config:detector.sensorThickness", 450e-6);
        v.put("config:detector.xPixelSize", 75e-6);
        v.put("config:detector.yPixelSize", 75e-6);
        v.put("config:detector.saturationValue", 65_535);
        v.put("request:detDist", 250.0);
        v.put("request:xbeam", 20.5);
        v.put("request:ybeam", 14.25);
        v.put("request:exposure_time", 0.01);
        v.put("pv:det.countTime", 0.00999);
        v.put("request:wavelength", 0.9795);
        v.put("pv:flux", 2.1e12);
        v.put("request:attenuation", 0.5);
        v.put("request:sample_name", "lyso");
        return v;
    }

    static DatasetSpec spec(Path dir, String prefix, int frames, int perFile, PixelType type, int width, int height,
                            Compression compression) {
        DatasetPlan plan = new DatasetPlan(dir, prefix, 1, new FrameGeometry(width, height, type), frames, perFile,
                GoniometerScan.rotation(30.0, 0.2), compression);
        return new DatasetSpec(plan, NxmxFieldMap.defaults().resolve(beamlineValues()), START);
    }

    /** A pixel value that differs between frames, rows and columns. */
    static long pixel(PixelType type, int frame, int y, int x) {
        long v = frame * 7919L + y * 131L + x * 3L + 1;
        return type == PixelType.UINT16 ? v & 0xFFFF : (v * 65_537L) & 0xFFFF_FFFFL;
    }

    static Frame frame(PixelType type, int frame, int width, int height) {
        if (type == PixelType.UINT16) {
            short[] p = new short[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    p[y * width + x] = (short) pixel(type, frame, y, x);
                }
            }
            return Frame.uint16(p);
        }
        int[] p = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                p[y * width + x] = (int) pixel(type, frame, y, x);
            }
        }
        return Frame.uint32(p);
    }

    /** SHA-256 of the frame's little-endian bytes, as the h5py reader computes it. */
    static String sha256(Frame frame) {
        ByteBuffer buf;
        if (frame instanceof Frame.Uint16 f) {
            buf = ByteBuffer.allocate(f.pixels().length * 2).order(ByteOrder.LITTLE_ENDIAN);
            buf.asShortBuffer().put(f.pixels());
        } else {
            int[] p = ((Frame.Uint32) frame).pixels();
            buf = ByteBuffer.allocate(p.length * 4).order(ByteOrder.LITTLE_ENDIAN);
            buf.asIntBuffer().put(p);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(buf.array()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
