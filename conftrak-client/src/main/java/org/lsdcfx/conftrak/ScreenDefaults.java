package org.lsdcfx.conftrak;

import static org.lsdcfx.conftrak.key.RequestDefaultKeys.SCREEN_DEFAULT_BEAM_HEIGHT;
import static org.lsdcfx.conftrak.key.RequestDefaultKeys.SCREEN_DEFAULT_BEAM_WIDTH;
import static org.lsdcfx.conftrak.key.RequestDefaultKeys.SCREEN_DEFAULT_DIST;
import static org.lsdcfx.conftrak.key.RequestDefaultKeys.SCREEN_DEFAULT_ENERGY;
import static org.lsdcfx.conftrak.key.RequestDefaultKeys.SCREEN_DEFAULT_PHIST;
import static org.lsdcfx.conftrak.key.RequestDefaultKeys.SCREEN_DEFAULT_PHI_END;
import static org.lsdcfx.conftrak.key.RequestDefaultKeys.SCREEN_DEFAULT_PROTOCOL;
import static org.lsdcfx.conftrak.key.RequestDefaultKeys.SCREEN_DEFAULT_RESO;
import static org.lsdcfx.conftrak.key.RequestDefaultKeys.SCREEN_DEFAULT_TIME;
import static org.lsdcfx.conftrak.key.RequestDefaultKeys.SCREEN_DEFAULT_WAVE;
import static org.lsdcfx.conftrak.key.RequestDefaultKeys.SCREEN_DEFAULT_WIDTH;
import static org.lsdcfx.conftrak.key.RequestDefaultKeys.STD_TRANS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.lsdcfx.conftrak.key.ConfigKey;

/**
 * The request defaults LSDC's {@code getScreenDefaultParams} reads: every {@code screen_default_*} key plus
 * {@code stdTrans}, read together in one query by {@link Conftrak#screenDefaults()} and written back (only the
 * values that changed) by {@link Conftrak#update(ScreenDefaults, String)}.
 *
 * @param protocol   protocol of a new request
 * @param phist      start angle, deg
 * @param phiEnd     end angle, deg
 * @param width      oscillation width per image, deg
 * @param dist       detector distance, mm
 * @param time       exposure time per image, s
 * @param reso       resolution at the detector edge, Å
 * @param wave       wavelength, Å
 * @param energy     photon energy, eV
 * @param beamWidth  beam width, µm
 * @param beamHeight beam height, µm
 * @param stdTrans   transmission, fraction 0..1
 */
public record ScreenDefaults(String protocol, double phist, double phiEnd, double width, double dist, double time,
                             double reso, double wave, double energy, double beamWidth, double beamHeight,
                             double stdTrans) {

    /** The keys this record is made of, in component order. */
    public static final List<ConfigKey<?>> KEYS = List.of(SCREEN_DEFAULT_PROTOCOL, SCREEN_DEFAULT_PHIST,
            SCREEN_DEFAULT_PHI_END, SCREEN_DEFAULT_WIDTH, SCREEN_DEFAULT_DIST, SCREEN_DEFAULT_TIME, SCREEN_DEFAULT_RESO,
            SCREEN_DEFAULT_WAVE, SCREEN_DEFAULT_ENERGY, SCREEN_DEFAULT_BEAM_WIDTH, SCREEN_DEFAULT_BEAM_HEIGHT, STD_TRANS);

    /** The catalogue defaults. */
    public static ScreenDefaults defaults() {
        return of(ConfigKey::defaultValue);
    }

    /** Builds the record from a lookup of each key's value. */
    static ScreenDefaults of(Function<ConfigKey<?>, Object> value) {
        return new ScreenDefaults((String) value.apply(SCREEN_DEFAULT_PROTOCOL), d(value, SCREEN_DEFAULT_PHIST),
                d(value, SCREEN_DEFAULT_PHI_END), d(value, SCREEN_DEFAULT_WIDTH), d(value, SCREEN_DEFAULT_DIST),
                d(value, SCREEN_DEFAULT_TIME), d(value, SCREEN_DEFAULT_RESO), d(value, SCREEN_DEFAULT_WAVE),
                d(value, SCREEN_DEFAULT_ENERGY), d(value, SCREEN_DEFAULT_BEAM_WIDTH),
                d(value, SCREEN_DEFAULT_BEAM_HEIGHT), d(value, STD_TRANS));
    }

    /** Each key with this record's value, in {@link #KEYS} order. */
    public Map<ConfigKey<?>, Object> values() {
        Map<ConfigKey<?>, Object> m = new LinkedHashMap<>();
        m.put(SCREEN_DEFAULT_PROTOCOL, protocol);
        m.put(SCREEN_DEFAULT_PHIST, phist);
        m.put(SCREEN_DEFAULT_PHI_END, phiEnd);
        m.put(SCREEN_DEFAULT_WIDTH, width);
        m.put(SCREEN_DEFAULT_DIST, dist);
        m.put(SCREEN_DEFAULT_TIME, time);
        m.put(SCREEN_DEFAULT_RESO, reso);
        m.put(SCREEN_DEFAULT_WAVE, wave);
        m.put(SCREEN_DEFAULT_ENERGY, energy);
        m.put(SCREEN_DEFAULT_BEAM_WIDTH, beamWidth);
        m.put(SCREEN_DEFAULT_BEAM_HEIGHT, beamHeight);
        m.put(STD_TRANS, stdTrans);
        return m;
    }

    private static double d(Function<ConfigKey<?>, Object> value, ConfigKey<Double> key) {
        return (Double) value.apply(key);
    }
}
