package org.lsdcfx.daq.test;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.lsdcfx.store.StoreConnection;

/** A canonical text dump of every collection of the three stores, for byte-for-byte "unchanged" checks. */
public final class StoreDump {
    private StoreDump() {
    }

    public static String dump(StoreConnection store) {
        StringBuilder b = new StringBuilder();
        for (MongoDatabase db : List.of(store.amostra(), store.conftrak(), store.analysisstore())) {
            List<String> names = new ArrayList<>();
            db.listCollectionNames().forEach(names::add);
            names.sort(null);
            for (String name : names) {
                b.append("== ").append(db.getName()).append('.').append(name).append('\n');
                db.getCollection(name).find().sort(new Document("_id", 1)).forEach(d ->
                        b.append(d.toJson(JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build())).append('\n'));
            }
        }
        return b.toString();
    }
}
