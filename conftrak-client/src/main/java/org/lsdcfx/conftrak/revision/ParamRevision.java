package org.lsdcfx.conftrak.revision;

import org.bson.Document;
import org.lsdcfx.store.Revision;
import org.lsdcfx.store.VersionedCollection;

/**
 * One recorded change of one configuration parameter.
 *
 * @param uid     revision uid (pass it to {@code Conftrak.rollback})
 * @param key     the parameter's {@code info_name}
 * @param action  {@code create}, {@code update} or {@code rollback}
 * @param who     the user or service that made the change
 * @param time    epoch seconds
 * @param version the parameter's version after the change
 * @param oldInfo the stored {@code info} before the change, null when the parameter was created
 * @param newInfo the stored {@code info} after the change
 */
public record ParamRevision(String uid, String key, String action, String who, double time, long version,
                            Document oldInfo, Document newInfo) {

    /** Builds the parameter view of a store-core {@link Revision} of a {@code beamline_info} document. */
    public static ParamRevision of(String key, Revision r) {
        Document before = r.before();
        Document after = r.after();
        return new ParamRevision(r.uid(), key, r.action(), r.who(), r.time(),
                after == null ? 0 : VersionedCollection.versionOf(after),
                before == null ? null : before.get("info", Document.class),
                after == null ? null : after.get("info", Document.class));
    }

    /** The old value as LSDC scripts see it ({@code info.val}, or the whole info of a structured entry); null if none. */
    public Object oldValue() {
        return plain(oldInfo);
    }

    /** The new value as LSDC scripts see it. */
    public Object newValue() {
        return plain(newInfo);
    }

    /** {@code info.val} when the info is LSDC's scalar shape, else the info document itself. */
    public static Object plain(Document info) {
        if (info != null && info.size() == 1 && info.containsKey("val")) {
            return info.get("val");
        }
        return info;
    }
}
