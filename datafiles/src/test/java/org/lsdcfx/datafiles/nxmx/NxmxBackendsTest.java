package org.lsdcfx.datafiles.nxmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

class NxmxBackendsTest {

    @Test
    void autoPicksJniWhenInstalledAndTheFallbackOtherwiseAndSaysWhy() {
        NxmxBackends.Choice choice = NxmxBackends.active();
        assertFalse(choice.reason().isBlank());
        if (JniWriters.expected()) {
            assertTrue(choice.backend().externalLinks(), choice.reason());
            assertTrue(choice.name().startsWith("hdf5-jni"), choice.name());
        } else {
            assertFalse(choice.backend().externalLinks());
            assertTrue(choice.reason().contains("jhdf"), choice.reason());
            assertThrows(NxmxException.class, () -> NxmxBackends.select(NxmxBackends.Preference.JNI));
        }
    }

    @Test
    void theFallbackCanBeForced() {
        NxmxBackends.Choice choice = NxmxBackends.select(NxmxBackends.Preference.JHDF);
        assertEquals("jhdf self-contained", choice.name());
        assertFalse(choice.backend().externalLinks());
    }

    @Test
    void preferencesAreParsedWithAClearError() {
        assertEquals(NxmxBackends.Preference.JNI, NxmxBackends.Preference.fromString(" jni "));
        NxmxException e = assertThrows(NxmxException.class, () -> NxmxBackends.Preference.fromString("netcdf"));
        assertTrue(e.getMessage().contains("auto, jni or jhdf"), e.getMessage());
    }
}
