package org.lsdcfx.amostra;

import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.lsdcfx.store.VersionedCollection;

/**
 * An Amostra sample document (one crystal on one pin). Field names are LSDC's; {@code extra} holds, read-only,
 * any fields this code does not model (staff scripts add their own), which our updates never touch.
 *
 * @param time         creation time, epoch seconds
 * @param kind         LSDC writes {@code "pin"}
 * @param proposalID   the proposal number, or null
 * @param requestCount LSDC's {@code request_count}: the last run number handed out
 * @param state        {@code "active"}, or {@code "inactive"} once deleted
 * @param version      optimistic-locking version; pass it back when updating
 */
public record Sample(String uid, double time, String name, String owner, String kind, Integer proposalID,
                     String model, String sequence, long requestCount, String state, long version,
                     Map<String, Object> extra) {
    static final String REQUEST_COUNT = "request_count";
    static final String MODEL = "model";
    static final String SEQUENCE = "sequence";
    static final Set<String> KNOWN = Set.of(Docs.UID, Docs.TIME, Docs.NAME, Docs.OWNER, Docs.KIND, Docs.PROPOSAL_ID,
            MODEL, SEQUENCE, REQUEST_COUNT, Docs.STATE, VersionedCollection.VERSION);

    public Sample {
        extra = extra == null ? Map.of() : extra;
    }

    public boolean isActive() {
        return !Docs.INACTIVE.equals(state);
    }

    /** A copy with another name, for {@link SampleStore#update}. */
    public Sample withName(String newName) {
        return new Sample(uid, time, newName, owner, kind, proposalID, model, sequence, requestCount, state, version, extra);
    }

    /** A copy with another model and sequence, for {@link SampleStore#update}. */
    public Sample withModelAndSequence(String newModel, String newSequence) {
        return new Sample(uid, time, name, owner, kind, proposalID, newModel, newSequence, requestCount, state, version, extra);
    }

    /** A copy with another proposal, for {@link SampleStore#update}. */
    public Sample withProposalID(Integer newProposalID) {
        return new Sample(uid, time, name, owner, kind, newProposalID, model, sequence, requestCount, state, version, extra);
    }

    static Sample fromDocument(Document d) {
        String state = Docs.string(d, Docs.STATE);
        return new Sample(d.getString(Docs.UID), Docs.number(d, Docs.TIME, 0), Docs.string(d, Docs.NAME),
                Docs.string(d, Docs.OWNER), Docs.string(d, Docs.KIND), Docs.proposal(d), Docs.string(d, MODEL),
                Docs.string(d, SEQUENCE), Docs.longValue(d, REQUEST_COUNT, 0), state == null ? Docs.ACTIVE : state,
                VersionedCollection.versionOf(d), Docs.extras(d, KNOWN));
    }
}
