package org.lsdcfx.gui.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lsdcfx.gui.model.Fixtures.dewar;
import static org.lsdcfx.gui.model.Fixtures.pin;
import static org.lsdcfx.gui.model.Fixtures.puck;
import static org.lsdcfx.gui.model.Fixtures.puckAt;
import static org.lsdcfx.gui.model.Fixtures.request;
import static org.lsdcfx.gui.model.Fixtures.sample;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lsdcfx.amostra.DewarSnapshot;
import org.lsdcfx.amostra.Sample;

class DewarDiffTest {
    private final Sample a = sample("a", "lyso_a");
    private final Sample b = sample("b", "lyso_b");

    @Test
    void theFirstReadAddsEveryPuck() {
        List<DewarChange> c = DewarDiff.between(null, dewar(puckAt(1, puck("p1", "P1"), pin(1, a)), puckAt(5, puck("p5", "P5"))));
        assertEquals(2, c.size());
        assertEquals(1, ((DewarChange.SlotChanged) c.get(0)).slot());
        assertEquals("2B", ((DewarChange.SlotChanged) c.get(1)).slotLabel());
    }

    @Test
    void anUnchangedDewarGivesNoChanges() {
        DewarSnapshot s = Fixtures.fullDewar(24, 2000);
        assertTrue(DewarDiff.between(s, Fixtures.fullDewar(24, 2000)).isEmpty());
    }

    @Test
    void requestsAreAddedChangedAndRemovedByUid() {
        DewarSnapshot before = dewar(puckAt(1, puck("p1", "P1"), pin(1, a, request("r1", "a", 5000, 1),
                request("r2", "a", 0, 1), request("r3", "a", 0, 1))));
        DewarSnapshot after = dewar(puckAt(1, puck("p1", "P1"), pin(1, a, request("r1", "a", 99999, 2),
                request("r3", "a", 0, 1), request("r4", "a", 5000, 1))));
        List<DewarChange> c = DewarDiff.between(before, after);
        assertEquals(List.of(new DewarChange.RequestChanged(request("r1", "a", 99999, 2)),
                new DewarChange.RequestAdded(request("r4", "a", 5000, 1)),
                new DewarChange.RequestRemoved("r2", "a")), c);
    }

    @Test
    void anotherSampleOnAPinReplacesThatPinOnly() {
        DewarSnapshot before = dewar(puckAt(1, puck("p1", "P1"), pin(1, a), pin(2, b)));
        DewarSnapshot after = dewar(puckAt(1, puck("p1", "P1"), pin(1, sample("c", "new")), pin(2, b)));
        List<DewarChange> c = DewarDiff.between(before, after);
        assertEquals(1, c.size());
        DewarChange.PinChanged p = assertInstanceOf(DewarChange.PinChanged.class, c.get(0));
        assertEquals(1, p.position());
        assertEquals("c", p.pin().sample().uid());
        DewarChange.PinChanged emptied = (DewarChange.PinChanged) DewarDiff.between(after,
                dewar(puckAt(1, puck("p1", "P1"), pin(2, b)))).get(0);
        assertNull(emptied.pin());
    }

    @Test
    void anotherPuckInASlotReplacesTheSlot() {
        DewarSnapshot before = dewar(puckAt(3, puck("p1", "P1"), pin(1, a)));
        List<DewarChange> c = DewarDiff.between(before, dewar(puckAt(3, puck("p2", "P2"), pin(1, a))));
        assertEquals(List.of(new DewarChange.SlotChanged(3, "1C", puckAt(3, puck("p2", "P2"), pin(1, a)))), c);
        assertEquals(List.of(new DewarChange.SlotChanged(3, "1C", null)), DewarDiff.between(before, dewar()));
    }

    @Test
    void aRenamedSampleIsASampleChange() {
        DewarSnapshot before = dewar(puckAt(1, puck("p1", "P1"), pin(1, a, request("r1", "a", 0, 1))));
        DewarSnapshot after = dewar(puckAt(1, puck("p1", "P1"), pin(1, a.withName("renamed"), request("r1", "a", 0, 1))));
        assertEquals(List.of(new DewarChange.SampleChanged(a.withName("renamed"))), DewarDiff.between(before, after));
    }
}
