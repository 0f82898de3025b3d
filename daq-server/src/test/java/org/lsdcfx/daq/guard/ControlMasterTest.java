package org.lsdcfx.daq.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.lsdcfx.daq.command.Caller;

class ControlMasterTest {
    private final Caller alice = new Caller("alice", "ws1", new InetSocketAddress("127.0.0.1", 40001));
    private final Caller bob = new Caller("bob", "ws2", new InetSocketAddress("127.0.0.1", 40002));
    private final Caller staff = new Caller("sue", "ws3", new InetSocketAddress("127.0.0.1", 40003));
    private final Set<Caller> connected = new HashSet<>(Set.of(alice, bob, staff));
    private final MutableClock clock = new MutableClock();
    private final ControlMaster master = new ControlMaster(new StaffList(Set.of("sue")), connected::contains, clock,
            Duration.ofMinutes(30));
    private final List<String> flags = new CopyOnWriteArrayList<>();

    ControlMasterTest() {
        master.addListener(flags::add);
    }

    @Test
    void freeControlLetsAnyoneCommandAndTheHolderExcludesOthers() {
        assertNull(master.refusal(bob));
        master.take(alice);
        assertEquals("alice@ws1", master.flag());
        assertNull(master.refusal(alice));
        String refusal = master.refusal(bob);
        assertNotNull(refusal);
        assertTrue(refusal.startsWith("control is held by alice@ws1"), refusal);
        assertThrows(IllegalStateException.class, () -> master.take(bob), "non-staff cannot take over");
        assertTrue(master.take(staff).contains("taken over from alice@ws1"));
        assertNotNull(master.refusal(alice));
    }

    @Test
    void controlEndsWhenTheHoldersConnectionCloses() {
        master.take(alice);
        connected.remove(alice);
        assertNull(master.refusal(bob));
        assertEquals("", master.flag());
    }

    @Test
    void controlLapsesAfterTheIdleLimitUnlessTheHolderIsActive() {
        master.take(alice);
        clock.advance(Duration.ofMinutes(20));
        master.noteActivity(alice);
        clock.advance(Duration.ofMinutes(20));
        assertNotNull(master.refusal(bob), "activity 20 min ago keeps control");
        clock.advance(Duration.ofMinutes(11));
        assertNull(master.refusal(bob), "31 min idle: control lapsed");
    }

    @Test
    void staffLockAllowsOnlyStaffAndShowsANegativeFlag() {
        master.lockBeamline(staff);
        assertEquals("-sue@ws3", master.flag());
        assertTrue(master.refusal(alice).contains("locked by staff member sue@ws3"));
        assertTrue(master.takeRefusal(alice).contains("locked"));
        master.unlockBeamline(staff);
        assertEquals("sue@ws3", master.flag(), "control stays with the staff member after unlocking");
        assertEquals(List.of("", "-sue@ws3", "sue@ws3"), flags);
    }

    @Test
    void onlyTheHolderOrStaffMayRelease() {
        master.take(alice);
        assertThrows(IllegalStateException.class, () -> master.release(bob));
        master.release(staff);
        assertEquals("", master.flag());
        assertThrows(IllegalStateException.class, () -> master.release(alice), "nobody holds control");
    }

    /** A clock tests move by hand. */
    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-01-01T10:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
