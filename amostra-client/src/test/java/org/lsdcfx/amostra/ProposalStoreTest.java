package org.lsdcfx.amostra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.lsdcfx.store.test.EmbeddedMongo;

class ProposalStoreTest {
    @RegisterExtension
    static EmbeddedMongo mongo = new EmbeddedMongo();

    private ProposalStore proposals;

    @BeforeEach
    void setUp() {
        Amostra amostra = new Amostra(mongo.connection(), new TickingClock());
        amostra.createIndexes();
        proposals = amostra.proposals();
    }

    @Test
    void proposalsAreUniqueByNumberAndCarryVisitsAndUsers() {
        Proposal p = proposals.create(311234, "Lysozyme", "Dr. Who", List.of("jdoe"), "staff");
        assertEquals(List.of("mx311234-1"), p.visits());
        assertEquals(p, proposals.get(311234).orElseThrow());
        assertTrue(proposals.exists(311234));
        assertFalse(proposals.exists(1));
        assertTrue(proposals.isMember(311234, "jdoe"));
        assertFalse(proposals.isMember(311234, "mallory"));

        IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
                () -> proposals.create(311234, "again", "x", List.of(), "staff"));
        assertEquals("Proposal 311234 is already registered", dup.getMessage());
        assertThrows(IllegalArgumentException.class, () -> proposals.create(0, "t", "x", List.of(), "staff"));

        assertEquals(List.of("mx311234-1", "mx311234-2"), proposals.addVisit(311234, "mx311234-2", "staff").visits());
        assertEquals(List.of("mx311234-1", "mx311234-2"), proposals.addVisit(311234, "mx311234-2", "staff").visits());
        proposals.create(200000, "Other", "Y", List.of(), "staff");
        assertEquals(List.of(200000, 311234), proposals.all().stream().map(Proposal::proposalID).toList());
    }
}
