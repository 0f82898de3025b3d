package org.lsdcfx.amostra;

import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.lsdcfx.store.VersionedCollection;

/**
 * An Amostra request document: one collection to run on one sample. The queue order key is LSDC's
 * {@code priority}; {@code status} (beyond LSDC) says precisely what happened, and the store keeps the two
 * consistent (see {@link Priority}, {@link RequestStatus}).
 *
 * @param time         creation time, epoch seconds
 * @param sample       the sample's uid
 * @param requestType  LSDC's {@code request_type} (= the protocol)
 * @param state        {@code "active"}, or {@code "inactive"} once deleted
 * @param statusReason why it failed, was skipped or interrupted (null otherwise)
 * @param statusTime   when the status last changed, epoch seconds
 * @param startTime    when it last started running, epoch seconds, or null
 * @param endTime      when it last ended, epoch seconds, or null
 * @param version      optimistic-locking version; pass it back when updating
 */
public record Request(String uid, double time, String sample, String requestType, String owner, Integer proposalID,
                      int priority, String state, RequestStatus status, String statusReason, double statusTime,
                      Double startTime, Double endTime, RequestObj requestObj, long version,
                      Map<String, Object> extra) {
    static final String REQUEST_TYPE = "request_type";
    static final String PRIORITY = "priority";
    static final String REQUEST_OBJ = "request_obj";
    static final String STATUS = "status";
    static final String STATUS_REASON = "status_reason";
    static final String STATUS_TIME = "status_time";
    static final String START_TIME = "start_time";
    static final String END_TIME = "end_time";
    static final Set<String> KNOWN = Set.of(Docs.UID, Docs.TIME, RequestKeys.SAMPLE, REQUEST_TYPE, Docs.OWNER,
            Docs.PROPOSAL_ID, PRIORITY, Docs.STATE, REQUEST_OBJ, STATUS, STATUS_REASON, STATUS_TIME, START_TIME,
            END_TIME, VersionedCollection.VERSION);

    public Request {
        extra = extra == null ? Map.of() : extra;
    }

    public boolean isActive() {
        return !Docs.INACTIVE.equals(state);
    }

    /** Waiting in the queue (active, priority above 0, not running). */
    public boolean isQueued() {
        return isActive() && Priority.isQueued(priority);
    }

    public boolean isRunning() {
        return priority == Priority.RUNNING;
    }

    static Request fromDocument(Document d) {
        int priority = (int) Docs.longValue(d, PRIORITY, 0);
        String state = Docs.string(d, Docs.STATE);
        Document obj = d.get(REQUEST_OBJ) instanceof Document o ? o : null;
        return new Request(d.getString(Docs.UID), Docs.number(d, Docs.TIME, 0), Docs.string(d, RequestKeys.SAMPLE),
                Docs.string(d, REQUEST_TYPE), Docs.string(d, Docs.OWNER), Docs.proposal(d), priority,
                state == null ? Docs.ACTIVE : state, RequestStatus.fromWire(Docs.string(d, STATUS), priority),
                Docs.string(d, STATUS_REASON), Docs.number(d, STATUS_TIME, Docs.number(d, Docs.TIME, 0)),
                Docs.optDouble(d, START_TIME), Docs.optDouble(d, END_TIME), RequestObj.read(obj),
                VersionedCollection.versionOf(d), Docs.extras(d, KNOWN));
    }
}
