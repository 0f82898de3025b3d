package org.lsdcfx.conftrak.key;

import java.util.Map;
import org.bson.Document;
import org.lsdcfx.conftrak.model.MountedSample;
import org.lsdcfx.conftrak.model.RasterScoreType;

/**
 * Value types of LSDC's structured {@code beamlineInfo} documents, whose {@code info} is not {@code {"val": ...}}:
 * {@code mountedSample {puckPos, pinPos, sampleID}}, {@code rasterScoreFlag {index}},
 * {@code currentSampleID {sampleID}} and {@code currentRequestID {requestID}}.
 */
public final class StructuredTypes {
    private StructuredTypes() {
    }

    public static final ValueType<MountedSample> MOUNTED_SAMPLE = new ValueType<>() {
        @Override
        public String name() {
            return "mounted sample {puckPos, pinPos, sampleID}";
        }

        @Override
        public MountedSample decode(String key, Document info) {
            if (info == null) {
                throw new InvalidConfigValueException(key, key + " has no info document");
            }
            return coerce(key, info);
        }

        @Override
        public Document encode(MountedSample v) {
            return new Document("puckPos", v.puckPos()).append("pinPos", v.pinPos()).append("sampleID", v.sampleID());
        }

        @Override
        public MountedSample coerce(String key, Object value) {
            if (value instanceof MountedSample m) {
                return m;
            }
            if (value instanceof Map<?, ?> m) {
                Object puck = m.get("puckPos");
                Object pin = m.get("pinPos");
                Object sample = m.get("sampleID");
                if (!(puck instanceof Number p) || !(pin instanceof Number q)) {
                    throw new InvalidConfigValueException(key, key + " needs whole-number puckPos and pinPos, got " + m);
                }
                try {
                    return new MountedSample(p.intValue(), q.intValue(), sample == null ? "" : String.valueOf(sample));
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigValueException(key, e.getMessage());
                }
            }
            throw new InvalidConfigValueException(key, key + " expects {puckPos, pinPos, sampleID}, got " + value);
        }

        @Override
        public MountedSample parse(String key, String text) {
            try {
                return coerce(key, Document.parse(text));
            } catch (InvalidConfigValueException e) {
                throw e;
            } catch (RuntimeException e) {
                throw new InvalidConfigValueException(key, key + " expects JSON {puckPos, pinPos, sampleID}, got '"
                        + text + "'");
            }
        }

        @Override
        public String format(MountedSample value) {
            return encode(value).toJson();
        }

        @Override
        public Object plain(MountedSample value) {
            return encode(value);
        }
    };

    public static final ValueType<RasterScoreType> RASTER_SCORE = new ValueType<>() {
        @Override
        public String name() {
            return "raster score {index: 0 spot count, 1 resolution, 2 intensity}";
        }

        @Override
        public RasterScoreType decode(String key, Document info) {
            if (info == null || !(info.get("index") instanceof Number)) {
                throw new InvalidConfigValueException(key, key + " is stored without a numeric info.index: " + info);
            }
            return coerce(key, info.get("index"));
        }

        @Override
        public Document encode(RasterScoreType value) {
            return new Document("index", value.index());
        }

        @Override
        public RasterScoreType coerce(String key, Object value) {
            if (value instanceof RasterScoreType t) {
                return t;
            }
            if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                try {
                    return RasterScoreType.ofIndex(n.intValue());
                } catch (IllegalArgumentException e) {
                    throw new InvalidConfigValueException(key, e.getMessage());
                }
            }
            if (value instanceof Map<?, ?> m && m.get("index") != null) {
                return coerce(key, m.get("index"));
            }
            throw new InvalidConfigValueException(key, key + " expects an index 0, 1 or 2, got " + value);
        }

        @Override
        public RasterScoreType parse(String key, String text) {
            String t = text == null ? "" : text.trim();
            for (RasterScoreType s : RasterScoreType.values()) {
                if (s.label().equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t) || String.valueOf(s.index()).equals(t)) {
                    return s;
                }
            }
            throw new InvalidConfigValueException(key, key + " expects 0/Spot Count, 1/Resolution or 2/Intensity, got '"
                    + text + "'");
        }

        @Override
        public String format(RasterScoreType value) {
            return value.label();
        }

        @Override
        public Object plain(RasterScoreType value) {
            return encode(value);
        }
    };

    /** {@code currentSampleID {sampleID}}: the sample of the request being collected. */
    public static final ValueType<String> CURRENT_SAMPLE = new UidRef("sampleID");
    /** {@code currentRequestID {requestID}}: the request being collected. */
    public static final ValueType<String> CURRENT_REQUEST = new UidRef("requestID");

    /** A single uid kept under one named field; also reads a {@code {"val": uid}} document. */
    private static final class UidRef implements ValueType<String> {
        private final String field;

        UidRef(String field) {
            this.field = field;
        }

        @Override
        public String name() {
            return "uid {" + field + "}";
        }

        @Override
        public String decode(String key, Document info) {
            if (info == null) {
                throw new InvalidConfigValueException(key, key + " has no info document");
            }
            Object v = info.containsKey(field) ? info.get(field) : info.get("val");
            return v == null ? "" : String.valueOf(v);
        }

        @Override
        public Document encode(String value) {
            return new Document(field, value);
        }

        @Override
        public String coerce(String key, Object value) {
            if (value instanceof String s) {
                return s;
            }
            throw new InvalidConfigValueException(key, key + " expects a uid string, got " + value);
        }

        @Override
        public String parse(String key, String text) {
            return text == null ? "" : text.trim();
        }

        @Override
        public String format(String value) {
            return value;
        }

        @Override
        public Object plain(String value) {
            return encode(value);
        }

        @Override
        public String toString() {
            return name();
        }
    }
}
