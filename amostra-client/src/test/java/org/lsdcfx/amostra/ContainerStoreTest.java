package org.lsdcfx.amostra;

import static com.mongodb.client.model.Filters.eq;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.store.NotFoundException;
import org.lsdcfx.store.test.EmbeddedMongo;

class ContainerStoreTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private Amostra amostra;
    private ContainerStore containers;

    @BeforeEach
    void setUp() {
        amostra = new Amostra(mongo.connection(), new TickingClock());
        amostra.createIndexes();
        containers = amostra.containers();
    }

    private Sample sample(String name) {
        return amostra.samples().create(new NewSample(name, "jdoe", 1), "jdoe");
    }

    @Test
    void dewarsAndPucksAreStoredAsLsdcWritesThem() {
        Container dewar = containers.createDewar("primaryDewarAMX", "amx");
        Container puck = containers.createPuck("AMX-001", "jdoe");
        Container shipping = containers.createShippingDewar("ship-1", "jdoe", 9);

        Document stored = mongo.connection().amostra().getCollection(Amostra.CONTAINER).find(eq("uid", dewar.uid())).first();
        assertEquals("automounterDewar", stored.getString("kind"));
        assertEquals(Collections.nCopies(24, ""), stored.getList("content", String.class));
        assertEquals(16, puck.capacity());
        assertEquals("16_pin_puck", puck.kind());
        assertEquals(9, shipping.capacity());
        assertEquals("shippingDewar", shipping.kind());

        assertEquals(dewar.uid(), containers.byName("primaryDewarAMX").orElseThrow().uid());
        assertEquals(puck.uid(), containers.byName("AMX-001", "jdoe").orElseThrow().uid());
        assertTrue(containers.byName("AMX-001", "other").isEmpty());
        assertEquals(List.of(puck.uid()), containers.byKind(ContainerKind.PUCK).stream().map(Container::uid).toList());
        assertThrows(IllegalArgumentException.class, () -> containers.createDewar("primaryDewarAMX", "amx"));
        assertThrows(IllegalArgumentException.class, () -> containers.createPuck("AMX-001", "jdoe"));
        assertThrows(IllegalArgumentException.class, () -> containers.createPuck("bad name!", "jdoe"));
    }

    @Test
    void slotLabelsRunFrom1ATo8C() {
        assertEquals("1A", SlotLabels.label(1));
        assertEquals("1C", SlotLabels.label(3));
        assertEquals("2A", SlotLabels.label(4));
        assertEquals("8C", SlotLabels.label(24));
        for (int p = 1; p <= 24; p++) {
            assertEquals(p, SlotLabels.position(SlotLabels.label(p)).orElseThrow());
        }
        assertEquals(5, SlotLabels.position("2b").orElseThrow());
        assertEquals(7, SlotLabels.position("7").orElseThrow());
        assertTrue(SlotLabels.position("9Z").isEmpty());
        assertTrue(SlotLabels.position("").isEmpty());
    }

    @Test
    void insertPlacesByOneBasedPositionAndRefusesBadPlacementsWithClearMessages() {
        Container dewar = containers.createDewar("d", "amx");
        Container puck = containers.createPuck("p1", "jdoe");
        Sample a = sample("a");
        Sample b = sample("b");

        Container filled = containers.insert(puck.uid(), 3, a.uid(), "jdoe");
        assertEquals(a.uid(), filled.content().get(2));
        assertEquals(3, filled.positionOf(a.uid()));
        assertEquals(2, filled.version());

        PlacementException taken = assertThrows(PlacementException.class,
                () -> containers.insert(puck.uid(), 3, b.uid(), "jdoe"));
        assertEquals("puck p1 position 3 is already taken by " + a.uid() + "; remove it first", taken.getMessage());
        PlacementException range = assertThrows(PlacementException.class,
                () -> containers.insert(puck.uid(), 17, b.uid(), "jdoe"));
        assertEquals("puck p1 has positions 1 to 16; 17 is out of range", range.getMessage());
        assertThrows(PlacementException.class, () -> containers.insert(puck.uid(), 0, b.uid(), "jdoe"));
        PlacementException twice = assertThrows(PlacementException.class,
                () -> containers.insert(puck.uid(), 4, a.uid(), "jdoe"));
        assertTrue(twice.getMessage().contains("already in puck p1 position 3"), twice.getMessage());
        assertThrows(PlacementException.class, () -> containers.insert(dewar.uid(), 1, a.uid(), "jdoe"),
                "a sample cannot go straight into a dewar");
        assertThrows(PlacementException.class, () -> containers.insert(puck.uid(), 1, dewar.uid(), "jdoe"),
                "a dewar is not a sample");
        assertThrows(NotFoundException.class, () -> containers.insert("nope", 1, a.uid(), "jdoe"));

        assertEquals(List.of(a.uid()), containers.get(puck.uid()).children(), "the refusals changed nothing");
        assertEquals(2, containers.get(puck.uid()).version());
    }

    @Test
    void removeEmptyAndRemovePuckFromDewar() {
        Container dewar = containers.createDewar("d", "amx");
        Container puck = containers.createPuck("p1", "jdoe");
        Sample a = sample("a");
        Sample b = sample("b");
        containers.insertAll(puck.uid(), Map.of(1, a.uid(), 16, b.uid()), "jdoe");
        containers.insert(dewar.uid(), 5, puck.uid(), "staff");

        assertEquals(List.of(b.uid()), containers.remove(puck.uid(), 1, "jdoe").children());
        assertEquals(List.of(), containers.empty(puck.uid(), "jdoe").children());
        assertEquals(16, containers.get(puck.uid()).capacity());

        assertEquals(5, containers.get(dewar.uid()).positionOf(puck.uid()));
        assertEquals(List.of(), containers.removePuckFromDewar(dewar.uid(), puck.uid(), "staff").children());
        PlacementException e = assertThrows(PlacementException.class,
                () -> containers.removePuckFromDewar(dewar.uid(), puck.uid(), "staff"));
        assertTrue(e.getMessage().contains("is not in dewar d"), e.getMessage());
        assertEquals(List.of("create", "insert", "remove"), // the refused removal left no trace
                containers.history(dewar.uid()).stream().map(r -> r.action()).toList());
    }

    @Test
    void coordinatesOfGivesSlotLabelPinAndPuck() {
        Container dewar = containers.createDewar("d", "amx");
        Container puck = containers.createPuck("p1", "jdoe");
        Sample a = sample("a");
        Sample loose = sample("loose");
        containers.insert(puck.uid(), 7, a.uid(), "jdoe");
        containers.insert(dewar.uid(), 5, puck.uid(), "staff");

        SampleLocation at = containers.coordinatesOf("d", a.uid()).orElseThrow();
        assertEquals(new SampleLocation(dewar.uid(), 5, "2B", puck.uid(), "p1", 7), at);
        assertEquals(4, at.slotIndex());
        assertEquals(6, at.pinIndex());
        assertTrue(containers.coordinatesOf("d", loose.uid()).isEmpty());
        assertThrows(NotFoundException.class, () -> containers.coordinatesOf("no-dewar", a.uid()));
    }

    @Test
    void concurrentClientsNeverShareAPositionNorLoseAPlacement() throws Exception {
        Container puck = containers.createPuck("p1", "jdoe");
        List<Sample> contenders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            contenders.add(sample("c" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // eight clients race for position 1: exactly one wins
            List<Callable<Boolean>> race = new ArrayList<>();
            for (Sample s : contenders) {
                race.add(() -> {
                    try {
                        containers.insert(puck.uid(), 1, s.uid(), "jdoe");
                        return true;
                    } catch (PlacementException e) {
                        return false;
                    }
                });
            }
            long winners = 0;
            for (Future<Boolean> f : pool.invokeAll(race)) {
                winners += f.get() ? 1 : 0;
            }
            assertEquals(1, winners);

            // eight clients fill different positions at once: all placements are kept
            containers.empty(puck.uid(), "jdoe");
            List<Callable<Container>> fill = new ArrayList<>();
            for (int i = 0; i < contenders.size(); i++) {
                int position = i + 1;
                String uid = contenders.get(i).uid();
                fill.add(() -> containers.insert(puck.uid(), position, uid, "jdoe"));
            }
            for (Future<Container> f : pool.invokeAll(fill)) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(contenders.stream().map(Sample::uid).toList(), containers.get(puck.uid()).children());
    }
}
