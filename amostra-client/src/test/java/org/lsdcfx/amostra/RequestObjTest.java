package org.lsdcfx.amostra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class RequestObjTest {
    @Test
    void builderStartsFromLsdcDefaults() {
        RequestObj o = RequestObj.builder().sample("s-uid").energy(12398.42).build();
        assertEquals("standard", o.protocol());
        assertEquals(1.0, o.wavelength(), 1e-9, "wavelength follows energy");
        assertEquals(-999, o.posX());
        assertFalse(o.hasSavedCentre());
        assertEquals(1, o.fileNumberStart());
        assertTrue(o.parentReqID().isEmpty(), "-1 means no parent");
        assertEquals(20, o.gridStep());
        assertEquals("Interactive", o.centeringOption());
        assertFalse(o.fastDP());
        assertEquals(900, o.imageCount());

        RequestObj fixed = RequestObj.builder().wavelength(0.98).energy(13000).build();
        assertEquals(0.98, fixed.wavelength(), "an explicit wavelength is kept");
        assertEquals("/b/mx1-1/x/3/P_7/", RequestObjBuilder.directory("/b/", "mx1-1", "x", 3, "P", 7));
    }

    @Test
    void immutableCopiesAndClearMessagesForMissingKeys() {
        Map<String, Object> source = new HashMap<>(Map.of("protocol", "raster",
                "rasterDef", Map.of("rowDefs", List.of(Map.of("start", 1.0)))));
        RequestObj o = RequestObj.of(source);
        source.put("protocol", "changed");
        assertEquals("raster", o.protocol(), "a copy, not a view");
        assertThrows(UnsupportedOperationException.class, () -> o.asMap().put("x", 1));
        assertThrows(UnsupportedOperationException.class, () -> o.rasterDef().put("x", 1));

        RequestObj o2 = o.with("exposure_time", 0.1);
        assertFalse(o.has("exposure_time"));
        assertEquals(0.1, o2.exposureTime());
        IllegalStateException e = assertThrows(IllegalStateException.class, o::sweepStart);
        assertEquals("request_obj has no sweep_start (a number)", e.getMessage());
        assertEquals(7.5, RequestObj.of(Map.of("detDist", "7.5")).detDist(), "text-field strings are read");
        assertTrue(RequestObj.of(Map.of("fastDP", 1)).fastDP());
        assertEquals(Map.of(), o.vectorParams());
    }

    @Test
    void changesAreTrackedAgainstWhatWasRead() {
        RequestObj read = RequestObj.read(new Document("protocol", "standard").append("sweep_end", 10.0)
                .append("xia2", true).append("rasterDef", new Document("a", 1)));
        RequestObj edited = read.with("sweep_end", 20.0).with("protocol", "standard").without("xia2")
                .with("new_key", "v");
        assertEquals(Map.of("sweep_end", 20.0, "new_key", "v"), edited.changedValues());
        assertEquals(Set.of("xia2"), edited.removedKeys());
        assertTrue(edited.wasRead());
        assertFalse(RequestObj.of(Map.of("a", 1)).wasRead());
        assertEquals(read, RequestObj.of(read.asMap()), "equality is by values");
    }
}
