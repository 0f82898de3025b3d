package org.lsdcfx.daq.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.datafiles.nxmx.FieldMapping;
import org.lsdcfx.datafiles.nxmx.NxmxException;
import org.lsdcfx.datafiles.nxmx.NxmxField;
import org.lsdcfx.datafiles.nxmx.NxmxFieldMap;
import org.lsdcfx.datafiles.nxmx.NxmxMetadata;
import org.lsdcfx.datafiles.nxmx.SourceKind;
import org.lsdcfx.device.Beamline;
import org.lsdcfx.mxtools.profile.BeamlineProfile;
import org.lsdcfx.mxtools.profile.DetectorSpec;

/**
 * The values the server knows for the beamline's NXmx field map ({@code "<source>:<key>"}, see
 * {@link NxmxFieldMap}), and the metadata they fill. The detector's file writer already wrote what the detector knows
 * (geometry, timing, wavelength); the server supplements the rest (sample name, flux, transmission, instrument).
 *
 * <p>Keys: {@code request:<any request_obj field>} and {@code request:sample_name}; {@code pv:flux} (photons/s at the
 * sample: beam flux × transmission readback), {@code pv:transmission}, {@code pv:ringCurrent} (mA), {@code pv:energy}
 * (eV), {@code pv:wavelength} (Å), {@code pv:detectorDistance} (mm), {@code pv:det.countTime} and
 * {@code pv:det.frameTime} (s, as armed); {@code config:beamline.name}, {@code config:detector.description},
 * {@code config:detector.sensorMaterial}, {@code config:detector.sensorThickness}, {@code config:detector.xPixelSize},
 * {@code config:detector.yPixelSize} (m), {@code config:detector.saturationValue}. Stateless.
 */
public final class ServerFields {
    private ServerFields() {
    }

    /**
     * The values for one dataset.
     *
     * @param obj        the request as collected
     * @param sampleName the sample's name
     * @param beamline   devices to read (latest monitored values; no waiting)
     * @param countTime  exposure per frame as armed, s
     * @param frameTime  period per frame as armed, s
     */
    public static Map<String, Object> values(RequestObj obj, String sampleName, Beamline beamline, double countTime,
                                             double frameTime) {
        Map<String, Object> v = new LinkedHashMap<>();
        obj.asMap().forEach((key, value) -> {
            if (value instanceof Number || value instanceof String || value instanceof Boolean) {
                v.put(SourceKind.REQUEST.label() + ":" + key, value);
            }
        });
        v.put("request:sample_name", sampleName);
        double transmission = beamline.transmission().readback();
        v.put("pv:flux", Math.max(0, beamline.beamMonitor().flux() * transmission));
        v.put("pv:transmission", transmission);
        v.put("pv:ringCurrent", beamline.beamMonitor().ringCurrent());
        v.put("pv:energy", beamline.energy().energy());
        v.put("pv:wavelength", beamline.energy().wavelength());
        v.put("pv:detectorDistance", beamline.detectorDistance().position());
        v.put("pv:det.countTime", countTime);
        v.put("pv:det.frameTime", frameTime);
        BeamlineProfile profile = beamline.profile();
        DetectorSpec d = profile.detector();
        v.put("config:beamline.name", profile.name());
        putIfKnown(v, "config:detector.description", d.model());
        putIfKnown(v, "config:detector.sensorMaterial", d.sensorMaterial());
        putIfKnown(v, "config:detector.sensorThickness", d.sensorThicknessMm() == null ? null : d.sensorThicknessMm() / 1000);
        putIfKnown(v, "config:detector.xPixelSize", d.pixelSizeMm() == null ? null : d.pixelSizeMm() / 1000);
        putIfKnown(v, "config:detector.yPixelSize", d.pixelSizeMm() == null ? null : d.pixelSizeMm() / 1000);
        putIfKnown(v, "config:detector.saturationValue", d.saturationValue());
        return v;
    }

    private static void putIfKnown(Map<String, Object> v, String key, Object value) {
        if (value != null) {
            v.put(key, value);
        }
    }

    /**
     * The fields of {@code map} that {@code values} can fill (the others are left to the detector, or out). A value of
     * the wrong kind for its field is skipped, never guessed.
     */
    public static NxmxMetadata fill(NxmxFieldMap map, Map<String, ?> values) {
        List<NxmxField> fields = new ArrayList<>();
        for (FieldMapping m : map.mappings()) {
            Object value = values.get(m.valueKey());
            if (value == null) {
                continue;
            }
            try {
                fields.add(new NxmxField(m.path(), value, m.unit()));
            } catch (NxmxException e) {
                // not representable: the field stays out of the supplement
            }
        }
        return NxmxMetadata.of(fields);
    }
}
