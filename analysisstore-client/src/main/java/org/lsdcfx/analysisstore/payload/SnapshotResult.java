package org.lsdcfx.analysisstore.payload;

import org.bson.Document;

/**
 * A saved picture: the "SnapShot" button's {@code snapshotResult}, and the raster picture {@code rasterJpeg}.
 *
 * @param path    absolute path of the JPEG
 * @param comment what the user typed (may be empty)
 */
public record SnapshotResult(String path, String comment) implements ResultPayload {
    public SnapshotResult {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a snapshot result needs the picture's path");
        }
        comment = comment == null ? "" : comment;
    }

    @Override
    public Document toDocument() {
        return new Document("path", path).append("comment", comment);
    }

    public static SnapshotResult fromDocument(Document d) {
        return new SnapshotResult(Fields.text(d, "path"), Fields.optText(d, "comment"));
    }
}
