package org.lsdcfx.amostra;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.lsdcfx.store.NotFoundException;
import org.lsdcfx.store.Uids;
import org.lsdcfx.store.VersionedCollection;

/**
 * Proposals in the {@code proposal} collection, one per proposal number (unique index). Thread-safe.
 */
public final class ProposalStore {
    private final VersionedCollection docs;
    private final Clock clock;

    ProposalStore(VersionedCollection docs, Clock clock) {
        this.docs = docs;
        this.clock = clock;
    }

    void createIndexes() {
        docs.createIndexes();
        docs.raw().createIndex(Indexes.ascending(Docs.PROPOSAL_ID), new IndexOptions().unique(true));
    }

    /**
     * Registers a proposal with LSDC's default visit {@code mx<id>-1}.
     *
     * @throws IllegalArgumentException when the number is not positive or is already registered
     */
    public Proposal create(int proposalID, String title, String pi, List<String> users, String who) {
        if (proposalID <= 0) {
            throw new IllegalArgumentException("A proposal number is positive, not " + proposalID);
        }
        Document d = new Document(Docs.UID, Uids.newUid()).append(Docs.TIME, Uids.epochSeconds(clock))
                .append(Docs.PROPOSAL_ID, proposalID).append(Proposal.TITLE, title).append(Proposal.PI, pi)
                .append(Proposal.VISITS, new ArrayList<>(List.of(Proposal.defaultVisitName(proposalID))))
                .append(Proposal.USERS, new ArrayList<>(users));
        try {
            return Proposal.fromDocument(docs.insert(d, who));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new IllegalArgumentException("Proposal " + proposalID + " is already registered");
            }
            throw e;
        }
    }

    public Optional<Proposal> get(int proposalID) {
        return Optional.ofNullable(docs.raw().find(eq(Docs.PROPOSAL_ID, proposalID)).first())
                .map(Proposal::fromDocument);
    }

    public boolean exists(int proposalID) {
        return get(proposalID).isPresent();
    }

    public List<Proposal> all() {
        List<Proposal> out = new ArrayList<>();
        docs.raw().find().sort(Sorts.ascending(Docs.PROPOSAL_ID)).forEach(d -> out.add(Proposal.fromDocument(d)));
        return out;
    }

    /** Adds a visit name (no duplicates). */
    public Proposal addVisit(int proposalID, String visitName, String who) {
        Proposal p = get(proposalID).orElseThrow(() -> new NotFoundException("proposal", String.valueOf(proposalID)));
        return Proposal.fromDocument(docs.update(p.uid(), -1, Updates.addToSet(Proposal.VISITS, visitName), who));
    }

    /** True when {@code user} is listed on the proposal. */
    public boolean isMember(int proposalID, String user) {
        return get(proposalID).map(p -> p.users().contains(user)).orElse(false);
    }
}
