package org.lsdcfx.conftrak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.conftrak.key.InvalidConfigValueException;
import org.lsdcfx.conftrak.key.RequestDefaultKeys;
import org.lsdcfx.store.test.EmbeddedMongo;

class ScreenDefaultsTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private Conftrak conftrak;

    @BeforeEach
    void setUp() {
        conftrak = new Conftrak(mongo.connection(), Clock.systemUTC(), "amx");
        conftrak.createIndexes();
    }

    @Test
    void unsetReadsTheCatalogueDefaults() {
        ScreenDefaults d = conftrak.screenDefaults();
        assertEquals(ScreenDefaults.defaults(), d);
        assertEquals("standard", d.protocol());
        assertEquals(0.1, d.width());
        assertEquals(0.02, d.time());
        assertEquals(300.0, d.dist());
        assertEquals(12660.0, d.energy());
        assertEquals(0.1, d.stdTrans());
    }

    @Test
    void storedValuesAreReadTogetherAndUpdateWritesOnlyWhatChanged() {
        conftrak.set(RequestDefaultKeys.SCREEN_DEFAULT_TIME, 0.05, "gui");
        ScreenDefaults d = conftrak.screenDefaults();
        assertEquals(0.05, d.time());

        ScreenDefaults edited = new ScreenDefaults(d.protocol(), d.phist(), d.phiEnd(), 0.2, 250.0, d.time(), d.reso(),
                d.wave(), d.energy(), d.beamWidth(), d.beamHeight(), 0.5);
        assertEquals(List.of("screen_default_width", "screen_default_dist", "stdTrans"), conftrak.update(edited, "gui"));
        assertEquals(edited, conftrak.screenDefaults());
        assertEquals(1, conftrak.history("screen_default_time").size(), "unchanged time was not rewritten");
        assertEquals(List.of(), conftrak.update(edited, "gui"));
    }

    @Test
    void oneBadValueRefusesTheWholeUpdate() {
        ScreenDefaults d = conftrak.screenDefaults();
        ScreenDefaults bad = new ScreenDefaults(d.protocol(), d.phist(), d.phiEnd(), 0.2, 250.0, d.time(), d.reso(),
                d.wave(), d.energy(), d.beamWidth(), d.beamHeight(), 1.5);
        InvalidConfigValueException e = assertThrows(InvalidConfigValueException.class, () -> conftrak.update(bad, "gui"));
        assertEquals("stdTrans", e.key());
        assertEquals(ScreenDefaults.defaults(), conftrak.screenDefaults());
        assertEquals(List.of(), conftrak.history("screen_default_width"));
    }
}
