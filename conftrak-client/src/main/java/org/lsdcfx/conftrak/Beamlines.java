package org.lsdcfx.conftrak;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.lsdcfx.conftrak.model.Beamline;
import org.lsdcfx.store.StoreException;
import org.lsdcfx.store.Uids;

/**
 * LSDC's beamline documents {@code {key: "beamline", name, number}} in the conftrak {@code configuration}
 * collection ({@code createBeamline}, {@code searchBeamline}, {@code getBeamlineByNumber}). Like conftrak,
 * the document also carries {@code beamline_id} = number, which makes the number unique. Thread-safe.
 */
final class Beamlines {
    static final String KEY = "beamline";

    private final MongoCollection<Document> configuration;
    private final Clock clock;

    Beamlines(MongoCollection<Document> configuration, Clock clock) {
        this.configuration = configuration;
        this.clock = clock;
    }

    String create(String name, String number) {
        if (name == null || name.isBlank() || number == null || number.isBlank()) {
            throw new IllegalArgumentException("A beamline needs a name and a number, got name '" + name
                    + "', number '" + number + "'");
        }
        String uid = Uids.newUid();
        Document d = new Document("uid", uid).append("time", Uids.epochSeconds(clock)).append("key", KEY)
                .append("beamline_id", number).append("name", name).append("number", number).append("active", true);
        try {
            configuration.insertOne(d);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new StoreException("A beamline with number " + number + " already exists; nothing was created");
            }
            throw e;
        }
        return uid;
    }

    List<Beamline> search(String name) {
        return list(and(eq("key", KEY), eq("name", name)));
    }

    Optional<Beamline> byNumber(String number) {
        return list(and(eq("key", KEY), eq("number", number))).stream().findFirst();
    }

    private List<Beamline> list(org.bson.conversions.Bson filter) {
        List<Beamline> out = new ArrayList<>();
        for (Document d : configuration.find(filter)) {
            out.add(new Beamline(d.getString("uid"), String.valueOf(d.get("name")), String.valueOf(d.get("number"))));
        }
        return out;
    }
}
