package org.lsdcfx.datafiles.nxmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lsdcfx.datafiles.nxmx.tree.NxDataset;
import org.lsdcfx.datafiles.nxmx.tree.NxGroup;

/** The master layout, without any file. */
class NxmxStructureTest {
    final Path dir = Path.of("/data/visit/lyso/1/P1_1");

    @Test
    void refusesMetadataWithoutTheGeometryFields() {
        NxmxFieldMap map = NxmxFieldMap.parse("/entry/instrument/detector/distance request detDist mm\n", "small");
        DatasetSpec spec = new DatasetSpec(TestDatasets.spec(dir, "x", 1, 1, PixelType.UINT16, 2, 2, Compression.none())
                .plan(), map.resolve(Map.of("request:detDist", 100.0)), TestDatasets.START);
        NxmxException e = assertThrows(NxmxException.class, () -> NxmxStructure.master(spec));
        assertTrue(e.getMessage().contains("beam_center_x"), e.getMessage());
    }

    @Test
    void refusesPixelSizesInDifferentUnits() {
        Map<String, Object> values = new LinkedHashMap<>(TestDatasets.beamlineValues());
        NxmxMetadata m = NxmxFieldMap.defaults().resolve(values)
                .with(new NxmxField("/entry/instrument/detector/y_pixel_size", 75.0, "um"));
        DatasetSpec spec = new DatasetSpec(TestDatasets.spec(dir, "x", 1, 1, PixelType.UINT16, 2, 2, Compression.none())
                .plan(), m, TestDatasets.START);
        assertThrows(NxmxException.class, () -> NxmxStructure.master(spec));
    }

    @Test
    void placesMappedFieldsInTheirGroups() {
        NxGroup entry = NxmxStructure.master(TestDatasets.spec(dir, "x", 3, 1, PixelType.UINT16, 2, 2, Compression.none()));
        NxDataset flux = (NxDataset) entry.find("instrument/beam/flux");
        assertEquals(2.1e12, flux.value());
        assertEquals("1/s", flux.attributes().get("units"));
        assertEquals("NXattenuator", ((NxGroup) entry.find("instrument/attenuator")).nxClass());
        assertEquals(3, ((double[]) ((NxDataset) entry.find("sample/transformations/omega_end")).value()).length);
    }

    @Test
    void planNamesFollowTheEiger() {
        DatasetPlan plan = TestDatasets.spec(dir, "lyso", 3, 1, PixelType.UINT16, 2, 2, Compression.none()).plan();
        assertEquals("lyso_1_master.h5", plan.masterFileName());
        assertEquals("lyso_1_data_000012.h5", plan.dataFileName(12));
        assertEquals("data_000012", DatasetPlan.dataLinkName(12));
        assertThrows(NxmxException.class, () -> new DatasetPlan(dir, "../x", 1, plan.geometry(), 1, 1, plan.scan(),
                Compression.none()));
        assertThrows(NxmxException.class, () -> new DatasetPlan(Path.of("relative"), "x", 1, plan.geometry(), 1, 1,
                plan.scan(), Compression.none()));
        assertThrows(NxmxException.class, () -> new DatasetPlan(dir, "x", 0, plan.geometry(), 1, 1, plan.scan(),
                Compression.none()));
    }

    @Test
    void timestampsAreIso8601InUtc() {
        assertEquals("2025-03-04T10:15:30.250Z", NxmxStructure.timestamp(TestDatasets.START));
    }
}
