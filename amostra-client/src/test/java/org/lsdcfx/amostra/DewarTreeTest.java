package org.lsdcfx.amostra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.store.NotFoundException;
import org.lsdcfx.store.test.EmbeddedMongo;

class DewarTreeTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    /** Counts the {@code find} commands the driver sends (called on driver threads). */
    private final AtomicInteger finds = new AtomicInteger();
    private MongoClient client;
    private Amostra amostra;

    @BeforeEach
    void setUp() {
        CommandListener counter = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("find")) {
                    finds.incrementAndGet();
                }
            }
        };
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(mongo.uri())).addCommandListener(counter).build());
        amostra = new Amostra(client.getDatabase("amostra"), new TickingClock());
        amostra.createIndexes();
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    private int findsFor(Runnable r) {
        int before = finds.get();
        r.run();
        return finds.get() - before;
    }

    @Test
    void treeHoldsPucksBySlotSamplesByPositionAndTheirActiveRequests() {
        DewarFixture f = new DewarFixture(amostra, 2, 3);
        Request r = f.request(2, 3, 5000);
        Request unqueued = f.request(2, 3, 0);
        amostra.requests().delete(f.request(1, 1, 5000).uid(), "jdoe");
        amostra.containers().remove(f.pucks.get(0).uid(), 2, "jdoe");

        DewarSnapshot tree = amostra.dewarTree().read(DewarFixture.DEWAR);
        assertEquals(f.dewar.uid(), tree.dewar().uid());
        assertEquals(List.of(1, 2), tree.pucks().stream().map(DewarSnapshot.PuckNode::slot).toList());
        assertEquals(List.of("1A", "1B"), tree.pucks().stream().map(DewarSnapshot.PuckNode::slotLabel).toList());
        assertEquals(List.of(1, 3), tree.pucks().get(0).pins().stream().map(DewarSnapshot.PinNode::position).toList());
        assertEquals(5, tree.sampleCount());
        DewarSnapshot.PinNode pin = tree.pinOf(f.sample(2, 3).uid()).orElseThrow();
        assertEquals("s2-3", pin.sample().name());
        assertEquals(List.of(r.uid(), unqueued.uid()), pin.requests().stream().map(Request::uid).toList());
        assertEquals(2, tree.requestCount(), "the deleted request is not shown");
        assertThrows(NotFoundException.class, () -> amostra.dewarTree().read("no-such-dewar"));
    }

    @Test
    void readingTheTreeTakesFourFindsWhateverTheDewarHolds() {
        DewarFixture small = new DewarFixture(amostra, "small", "a", 1, 2);
        small.request(1, 1, 5000);
        DewarFixture full = new DewarFixture(amostra, "full", "b", 24, 16);
        for (int slot = 1; slot <= 24; slot++) {
            for (int pin = 1; pin <= 16; pin += 5) {
                full.request(slot, pin, 5000);
            }
        }

        int smallFinds = findsFor(() -> amostra.dewarTree().read("small"));
        int[] sizes = new int[1];
        int fullFinds = findsFor(() -> sizes[0] = amostra.dewarTree().read("full").sampleCount());
        assertEquals(384, sizes[0]);
        assertEquals(4, smallFinds, "dewar, pucks, samples, requests");
        assertEquals(smallFinds, fullFinds, "no query per puck or per sample");

        assertEquals(4, findsFor(() -> amostra.queue().queue("full")), "the queue too");
        assertTrue(findsFor(() -> amostra.queue().popNextRequest("full", DewarFixture.VISIT_DIR)) <= 4);
    }
}
