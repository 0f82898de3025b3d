package org.lsdcfx.datafiles.nxmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NxmxFieldMapTest {

    @Test
    void theDefaultMapDeclaresEveryRequiredDetectorAndBeamField() {
        NxmxFieldMap map = NxmxFieldMap.defaults();
        for (String field : new String[] {"distance", "beam_center_x", "beam_center_y", "x_pixel_size", "y_pixel_size",
                "sensor_material", "sensor_thickness", "count_time", "frame_time", "saturation_value", "description"}) {
            assertTrue(map.mappings().stream().anyMatch(m -> m.path().equals("/entry/instrument/detector/" + field)), field);
        }
        assertTrue(map.mappings().stream().anyMatch(m -> m.path().equals("/entry/instrument/beam/incident_wavelength")));
        assertTrue(map.mappings().stream().anyMatch(m -> m.path().equals("/entry/instrument/beam/flux")));
        assertTrue(map.keys(SourceKind.PV).contains("flux"));
        assertTrue(map.keys(SourceKind.REQUEST).contains("detDist"));
        assertTrue(map.keys(SourceKind.CONFIG).contains("detector.xPixelSize"));
    }

    @Test
    void resolvesValuesWithTheirUnits() {
        NxmxMetadata m = NxmxFieldMap.defaults().resolve(TestDatasets.beamlineValues());
        NxmxField distance = m.require("/entry/instrument/detector/distance");
        assertEquals(250.0, distance.number());
        assertEquals("mm", distance.unit());
        assertEquals(65_535L, m.require("/entry/instrument/detector/saturation_value").value(), "integers stay integers");
        assertEquals("", m.require("/entry/instrument/detector/sensor_material").unit());
    }

    @Test
    void listsEveryMissingRequiredValueAndSkipsMissingOptionalOnes() {
        Map<String, Object> values = new LinkedHashMap<>(TestDatasets.beamlineValues());
        values.remove("request:detDist");
        values.remove("pv:det.countTime");
        values.remove("pv:flux");
        NxmxException e = assertThrows(NxmxException.class, () -> NxmxFieldMap.defaults().resolve(values));
        assertTrue(e.getMessage().contains("request:detDist") && e.getMessage().contains("pv:det.countTime"), e.getMessage());
        assertFalse(e.getMessage().contains("pv:flux"), "flux is optional");

        values.put("request:detDist", 300.0);
        values.put("pv:det.countTime", 0.01);
        assertTrue(NxmxFieldMap.defaults().resolve(values).find("/entry/instrument/beam/flux").isEmpty());
    }

    @Test
    void refusesValuesOfTheWrongType() {
        Map<String, Object> values = new LinkedHashMap<>(TestDatasets.beamlineValues());
        values.put("request:detDist", new Object());
        NxmxException e = assertThrows(NxmxException.class, () -> NxmxFieldMap.defaults().resolve(values));
        assertTrue(e.getMessage().contains("request:detDist"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/entry/instrument/detector/distance request detDist|expected 'path source key unit",
            "/entry/instrument/detector/distance epics detDist mm|unknown source 'epics'",
            "/entry/instrument/gizmo/distance request detDist mm|not a known NeXus group",
            "/entry/data/data_000001 request x -|written by the NXmx writer",
            "/entry/sample/transformations/omega request x deg|written by the NXmx writer",
            "/entry/definition config d -|written by the NXmx writer",
            "/other/x request x -|not under /entry/",
            "/entry/instrument/detector/dist-ance request x mm|invalid name",
            "/entry/instrument/detector/distance request detDist m;m|not a unit",
            "/entry/instrument/detector/distance request detDist mm sometimes|presence must be",
            "/entry/instrument/detector/distance request det$Dist mm|the key"})
    void namesTheLineOfAnError(String line, String expected) {
        String text = "# comment\n\n" + line + "\n";
        NxmxException e = assertThrows(NxmxException.class, () -> NxmxFieldMap.parse(text, "amx.txt"));
        assertTrue(e.getMessage().startsWith("amx.txt line 3: "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void refusesAPathMappedTwice() {
        String text = "/entry/instrument/detector/distance request a mm\n/entry/instrument/detector/distance pv b mm\n";
        assertTrue(assertThrows(NxmxException.class, () -> NxmxFieldMap.parse(text, "x")).getMessage()
                .contains("mapped twice"));
    }

    @Test
    void loadsABeamlineFile(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("fmx.txt"),
                "/entry/instrument/detector/distance  pv  det.z  mm   # the FMX detector Z readback\n");
        NxmxFieldMap map = NxmxFieldMap.load(file);
        assertEquals(1, map.mappings().size());
        assertEquals("pv:det.z", map.mappings().get(0).valueKey());
        assertEquals(file.toString(), map.origin());
    }
}
