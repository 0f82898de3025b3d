package org.lsdcfx.store;

import org.bson.Document;

/**
 * One recorded change of a document: who did what, when, with the whole document before and after.
 *
 * @param uid        this revision's uid
 * @param collection the collection of the changed document (for example {@code request})
 * @param target     uid of the changed document
 * @param action     {@code create}, {@code update}, {@code delete} or {@code revert}
 * @param who        the user or service that made the change
 * @param time       epoch seconds
 * @param before     the document before the change, or null on create
 * @param after      the document after the change
 */
public record Revision(String uid, String collection, String target, String action, String who, double time,
                       Document before, Document after) {
}
