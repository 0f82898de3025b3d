package org.lsdcfx.gui.request;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.lsdcfx.amostra.RequestKeys;
import org.lsdcfx.amostra.RequestObj;
import org.lsdcfx.conftrak.ScreenDefaults;
import org.lsdcfx.gui.model.BeamSize;
import org.lsdcfx.gui.model.ProtocolDefaults;
import org.lsdcfx.gui.model.RequestDraft;
import org.lsdcfx.gui.util.DetectorGeometry;
import org.lsdcfx.gui.util.Numbers;

/**
 * Translates between the request form and LSDC's {@code request_obj} names, once, here. For stills (width 0) the
 * range field holds the number of images and {@code sweep_end − sweep_start} stores it, as in LSDC. Pure.
 */
public final class RequestObjMapper {
    /** Centring options (LSDC's {@code centeringOption}). */
    public static final List<String> CENTERING = List.of("Interactive", "AutoLoop", "AutoRaster", "Testing");
    /** Blocks the form edits only part of; their other keys (set elsewhere) are kept on Apply Changes. */
    static final List<String> MERGED_BLOCKS = List.of(RequestKeys.VECTOR_PARAMS, RequestKeys.CHARACTERIZATION_PARAMS);
    /** Shortest sweep LSDC auto-processes, degrees. */
    public static final double MIN_PROCESSED_RANGE = 5;

    private RequestObjMapper() {
    }

    /** The request_obj values of the form (assumes it validated). */
    public static RequestDraft toDraft(FormValues v) {
        Map<String, Object> m = new LinkedHashMap<>();
        String p = v.protocol();
        m.put(RequestKeys.PROTOCOL, p);
        double start = v.number(FieldId.START).orElse(0);
        double width = v.number(FieldId.WIDTH).orElse(0);
        double range = v.number(FieldId.RANGE).orElse(0);
        m.put(RequestKeys.SWEEP_START, start);
        m.put(RequestKeys.SWEEP_END, width == 0 ? start + Math.round(range) : start + range);
        m.put(RequestKeys.IMG_WIDTH, width);
        m.put(RequestKeys.EXPOSURE_TIME, v.number(FieldId.EXPOSURE).orElse(0));
        if (Protocols.usesDetector(p)) {
            m.put(RequestKeys.DET_DIST, v.number(FieldId.DISTANCE).orElse(0));
            m.put(RequestKeys.RESOLUTION, v.number(FieldId.RESOLUTION).orElse(0));
        }
        double energy = v.number(FieldId.ENERGY).orElse(0);
        m.put(RequestKeys.ENERGY, energy);
        m.put(RequestKeys.WAVELENGTH, energy > 0 ? DetectorGeometry.wavelength(energy) : v.number(FieldId.WAVELENGTH).orElse(0));
        m.put(RequestKeys.ATTENUATION, v.number(FieldId.TRANSMISSION).orElse(1));
        if (v.beam() != null) {
            m.put(RequestKeys.SLIT_WIDTH, v.beam().widthUm());
            m.put(RequestKeys.SLIT_HEIGHT, v.beam().heightUm());
        }
        m.put(RequestKeys.CENTERING_OPTION, v.centering());
        boolean processable = processable(v);
        m.put(RequestKeys.FAST_DP, processable && v.fastDP());
        m.put(RequestKeys.FAST_EP, processable && v.fastEP());
        m.put(RequestKeys.DIMPLE, processable && v.dimple());
        m.put(RequestKeys.XIA2, processable && v.xia2());
        protocolBlock(v, m);
        int fileNumber = (int) v.number(FieldId.FILE_NUMBER).orElse(1);
        return new RequestDraft(m, v.get(FieldId.PREFIX), fileNumber);
    }

    /** LSDC processes rotation datasets of at least 5° only. */
    public static boolean processable(FormValues v) {
        return Protocols.processable(v.protocol()) && !v.stills()
                && v.number(FieldId.RANGE).orElse(0) >= MIN_PROCESSED_RANGE;
    }

    private static void protocolBlock(FormValues v, Map<String, Object> m) {
        String p = v.protocol();
        if (Protocols.isRaster(p)) {
            m.put(RequestKeys.GRID_STEP, v.number(FieldId.RASTER_STEP).orElse(20));
            if (Protocols.MULTI_COL.equals(p)) {
                m.put(RequestKeys.DIFF_CUTOFF, v.number(FieldId.DIFF_CUTOFF).orElse(320));
            }
        } else if (Protocols.VECTOR.equals(p)) {
            m.put(RequestKeys.VECTOR_PARAMS, Map.of("fpp", (int) v.number(FieldId.VECTOR_WEDGES).orElse(1)));
        } else if (Protocols.isCharacterisation(p)) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("aimed_completeness", v.number(FieldId.CHAR_COMPLETENESS).orElse(0.99));
            String mult = v.get(FieldId.CHAR_MULTIPLICITY);
            c.put("aimed_multiplicity", Numbers.parse(mult).isPresent() ? (Object) Numbers.parse(mult).getAsDouble() : "auto");
            c.put("aimed_resolution", v.number(FieldId.CHAR_RESOLUTION).orElse(3.0));
            c.put("aimed_ISig", v.number(FieldId.CHAR_ISIGMA).orElse(2.0));
            c.put("space_group", v.spaceGroup() == null ? "P1" : v.spaceGroup());
            c.put("anomalous", v.anomalous());
            c.put("dose_limit", v.number(FieldId.CHAR_DOSE_LIMIT).orElse(100));
            m.put(RequestKeys.CHARACTERIZATION_PARAMS, c);
        } else if (Protocols.isEnergyScan(p)) {
            m.put(RequestKeys.ELEMENT, v.element());
            m.put("edge", v.edge());
            AbsorptionEdges.energyEv(v.element(), v.edge())
                    .ifPresent(ev -> m.put(RequestKeys.SCAN_ENERGY, ev / 1000.0)); // LSDC keeps keV here
            m.put(RequestKeys.STEPS, (int) v.number(FieldId.ESCAN_STEPS).orElse(41));
            m.put(RequestKeys.STEPSIZE, v.number(FieldId.ESCAN_STEPSIZE).orElse(1));
            m.put(RequestKeys.RUN_CHOOCH, true);
        }
    }

    /**
     * The keys of {@code draft} whose values differ from {@code baseline} (what the form was loaded with): what
     * "Apply Changes" writes, so that parameters the user did not touch are not overwritten.
     */
    public static Map<String, Object> changedKeys(RequestDraft draft, RequestDraft baseline) {
        Map<String, Object> out = new LinkedHashMap<>();
        draft.values().forEach((k, val) -> {
            if (baseline == null || !Objects.equals(baseline.values().get(k), val)) {
                out.put(k, val);
            }
        });
        return out;
    }

    /** {@code changes} completed for one stored request: edited blocks keep the keys the form does not edit. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> mergeInto(RequestObj stored, Map<String, Object> changes) {
        Map<String, Object> out = new LinkedHashMap<>(changes);
        for (String block : MERGED_BLOCKS) {
            if (changes.get(block) instanceof Map<?, ?> edited) {
                Map<String, Object> merged = new LinkedHashMap<>(stored.getBlock(block));
                merged.putAll((Map<String, Object>) edited);
                out.put(block, merged);
            }
        }
        return out;
    }

    /** The form filled from the beamline's request defaults. */
    public static FormValues fromDefaults(ScreenDefaults d, BeamSize beam, FormValues keep) {
        Map<FieldId, String> t = new EnumMap<>(FieldId.class);
        if (keep != null) {
            t.putAll(keep.text());
        }
        t.put(FieldId.WIDTH, n(d.width()));
        t.put(FieldId.START, n(d.phist()));
        t.put(FieldId.RANGE, n(d.phiEnd() - d.phist()));
        t.put(FieldId.EXPOSURE, n(d.time()));
        t.put(FieldId.DISTANCE, n(d.dist()));
        t.put(FieldId.ENERGY, n(d.energy()));
        t.put(FieldId.WAVELENGTH, n(DetectorGeometry.wavelength(d.energy())));
        t.put(FieldId.TRANSMISSION, n(d.stdTrans()));
        t.putIfAbsent(FieldId.PREFIX, "");
        t.putIfAbsent(FieldId.FILE_NUMBER, "1");
        t.putIfAbsent(FieldId.RASTER_STEP, "20");
        t.putIfAbsent(FieldId.DIFF_CUTOFF, "320");
        t.putIfAbsent(FieldId.VECTOR_WEDGES, "1");
        t.putIfAbsent(FieldId.CHAR_RESOLUTION, "3");
        t.putIfAbsent(FieldId.CHAR_ISIGMA, "2");
        t.putIfAbsent(FieldId.CHAR_COMPLETENESS, "0.99");
        t.putIfAbsent(FieldId.CHAR_MULTIPLICITY, "auto");
        t.putIfAbsent(FieldId.CHAR_DOSE_LIMIT, "100");
        t.putIfAbsent(FieldId.ESCAN_STEPS, "41");
        t.putIfAbsent(FieldId.ESCAN_STEPSIZE, "1");
        String protocol = Protocols.ALL.contains(d.protocol()) ? d.protocol() : Protocols.STANDARD;
        return new FormValues(protocol, t, beam, "Interactive", false, false, false, false, "Se", "K", "P1", false);
    }

    /** The defaults a protocol choice loads (LSDC's protocolComboActivatedCB): raster and burn settings. */
    public static FormValues forProtocol(FormValues v, String protocol, ProtocolDefaults d) {
        FormValues out = new FormValues(protocol, v.text(), v.beam(), v.centering(), v.fastDP(), v.fastEP(), v.dimple(),
                v.xia2(), v.element(), v.edge(), v.spaceGroup(), v.anomalous());
        if (Protocols.isRaster(protocol)) {
            out = out.with(FieldId.WIDTH, n(d.rasterWidth())).with(FieldId.EXPOSURE, n(d.rasterTime()))
                    .with(FieldId.TRANSMISSION, n(d.rasterTrans()));
        } else if (Protocols.BURN.equals(protocol)) {
            out = out.with(FieldId.WIDTH, "0").with(FieldId.RANGE, Integer.toString(d.burnFrames()))
                    .with(FieldId.EXPOSURE, n(d.burnTime())).with(FieldId.TRANSMISSION, n(d.burnTrans()));
        }
        return out;
    }

    /** The form filled from a stored request ("Use Request Parameters"). */
    public static FormValues fromRequest(RequestObj o, FormValues current, List<BeamSize> sizes) {
        Map<FieldId, String> t = new EnumMap<>(FieldId.class);
        t.putAll(current.text());
        double start = o.getDouble(RequestKeys.SWEEP_START, 0);
        double width = o.getDouble(RequestKeys.IMG_WIDTH, 0);
        double end = o.getDouble(RequestKeys.SWEEP_END, start);
        t.put(FieldId.START, n(start));
        t.put(FieldId.WIDTH, n(width));
        t.put(FieldId.RANGE, n(width == 0 ? Math.round(end - start) : end - start));
        o.optDouble(RequestKeys.EXPOSURE_TIME).ifPresent(x -> t.put(FieldId.EXPOSURE, n(x)));
        o.optDouble(RequestKeys.DET_DIST).ifPresent(x -> t.put(FieldId.DISTANCE, n(x)));
        o.optDouble(RequestKeys.RESOLUTION).ifPresent(x -> t.put(FieldId.RESOLUTION, n(x)));
        o.optDouble(RequestKeys.ENERGY).ifPresent(x -> {
            t.put(FieldId.ENERGY, n(x));
            t.put(FieldId.WAVELENGTH, n(DetectorGeometry.wavelength(x)));
        });
        o.optDouble(RequestKeys.ATTENUATION).ifPresent(x -> t.put(FieldId.TRANSMISSION, n(x)));
        t.put(FieldId.PREFIX, o.optString(RequestKeys.FILE_PREFIX).orElse(""));
        t.put(FieldId.FILE_NUMBER, Integer.toString(o.getInt(RequestKeys.FILE_NUMBER_START, 1)));
        o.optDouble(RequestKeys.GRID_STEP).ifPresent(x -> t.put(FieldId.RASTER_STEP, n(x)));
        o.optDouble(RequestKeys.DIFF_CUTOFF).ifPresent(x -> t.put(FieldId.DIFF_CUTOFF, n(x)));
        Object fpp = o.vectorParams().get("fpp");
        if (fpp instanceof Number f) {
            t.put(FieldId.VECTOR_WEDGES, Integer.toString(f.intValue()));
        }
        Map<String, Object> c = o.characterizationParams();
        putNumber(t, FieldId.CHAR_COMPLETENESS, c.get("aimed_completeness"));
        putNumber(t, FieldId.CHAR_RESOLUTION, c.get("aimed_resolution"));
        putNumber(t, FieldId.CHAR_ISIGMA, c.get("aimed_ISig"));
        putNumber(t, FieldId.CHAR_DOSE_LIMIT, c.get("dose_limit"));
        if (c.get("aimed_multiplicity") != null) {
            Object m = c.get("aimed_multiplicity");
            t.put(FieldId.CHAR_MULTIPLICITY, m instanceof Number x ? n(x.doubleValue()) : m.toString());
        }
        o.optDouble(RequestKeys.STEPS).ifPresent(x -> t.put(FieldId.ESCAN_STEPS, Integer.toString((int) Math.round(x))));
        o.optDouble(RequestKeys.STEPSIZE).ifPresent(x -> t.put(FieldId.ESCAN_STEPSIZE, n(x)));
        BeamSize beam = current.beam();
        if (o.has(RequestKeys.SLIT_WIDTH)) {
            BeamSize stored = new BeamSize(o.getDouble(RequestKeys.SLIT_WIDTH, 0), o.getDouble(RequestKeys.SLIT_HEIGHT, 0));
            beam = sizes.stream().filter(stored::equals).findFirst().orElse(stored);
        }
        String protocol = o.optString(RequestKeys.PROTOCOL).orElse(current.protocol());
        return new FormValues(protocol, t, beam, o.optString(RequestKeys.CENTERING_OPTION).orElse(current.centering()),
                o.getFlag(RequestKeys.FAST_DP), o.getFlag(RequestKeys.FAST_EP), o.getFlag(RequestKeys.DIMPLE),
                o.getFlag(RequestKeys.XIA2), o.optString(RequestKeys.ELEMENT).orElse(current.element()),
                o.optString("edge").orElse(current.edge()),
                c.get("space_group") == null ? current.spaceGroup() : c.get("space_group").toString(),
                c.get("anomalous") instanceof Boolean b ? b : current.anomalous());
    }

    private static void putNumber(Map<FieldId, String> t, FieldId f, Object v) {
        if (v instanceof Number x) {
            t.put(f, n(x.doubleValue()));
        }
    }

    static String n(double x) {
        return Numbers.format(x, 4);
    }
}
