package org.lsdcfx.amostra;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.lsdcfx.store.NotFoundException;
import org.lsdcfx.store.Revision;
import org.lsdcfx.store.RevisionLog;
import org.lsdcfx.store.Uids;
import org.lsdcfx.store.VersionedCollection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Dewars and pucks in the Amostra {@code container} collection. A placement change is one versioned update of
 * the container's {@code content}, decided on the state just read and retried if another client changed the
 * container meanwhile, so two clients can never fill the same position. Positions are 1-based. Thread-safe.
 */
public final class ContainerStore {
    private static final Logger log = LoggerFactory.getLogger(ContainerStore.class);
    private static final List<String> DEWAR_KINDS = List.of(ContainerKind.AUTOMOUNTER_DEWAR.wire(),
            ContainerKind.SHIPPING_DEWAR.wire());

    private final Versioned docs;
    private final MongoCollection<Document> samples;
    private final RevisionLog revisions;
    private final Clock clock;

    ContainerStore(VersionedCollection docs, MongoCollection<Document> samples, RevisionLog revisions, Clock clock) {
        this.docs = new Versioned("container", docs);
        this.samples = samples;
        this.revisions = revisions;
        this.clock = clock;
    }

    void createIndexes() {
        docs.collection().createIndexes();
        docs.collection().raw().createIndex(Indexes.ascending(Docs.NAME, Docs.OWNER));
        docs.collection().raw().createIndex(Indexes.ascending(Docs.KIND));
        docs.collection().raw().createIndex(Indexes.ascending(Container.CONTENT));
    }

    /** A 24-slot automounter dewar. Dewar names are unique: they are how the beamline finds its dewar. */
    public Container createDewar(String name, String owner) {
        return create(name, owner, ContainerKind.AUTOMOUNTER_DEWAR, ContainerKind.AUTOMOUNTER_DEWAR.standardSlots());
    }

    /** A 16-pin puck; an owner cannot have two pucks of the same name. */
    public Container createPuck(String name, String owner) {
        return create(name, owner, ContainerKind.PUCK, ContainerKind.PUCK.standardSlots());
    }

    public Container createShippingDewar(String name, String owner, int slots) {
        return create(name, owner, ContainerKind.SHIPPING_DEWAR, slots);
    }

    private Container create(String name, String owner, ContainerKind kind, int slots) {
        SampleNames.require(kind == ContainerKind.PUCK ? "puck" : "dewar", name);
        if (slots < 1 || slots > 1000) {
            throw new IllegalArgumentException("A " + kind.wire() + " needs 1 to 1000 slots, not " + slots);
        }
        if (kind == ContainerKind.PUCK && byName(name, owner).filter(Container::isPuck).isPresent()) {
            throw new IllegalArgumentException("owner " + owner + " already has a puck named '" + name + "'");
        }
        if (kind != ContainerKind.PUCK && dewarByName(name).isPresent()) {
            throw new IllegalArgumentException("a dewar named '" + name + "' already exists");
        }
        double now = Uids.epochSeconds(clock);
        Document d = new Document(Docs.UID, Uids.newUid()).append(Docs.TIME, now).append(Docs.NAME, name)
                .append(Docs.OWNER, owner).append(Docs.KIND, kind.wire())
                .append(Container.CONTENT, new ArrayList<>(Collections.nCopies(slots, "")))
                .append(Container.MODIFIED_TIME, now);
        Container c = Container.fromDocument(docs.collection().insert(d, owner));
        log.info("{} created {} '{}' ({})", owner, kind.wire(), name, c.uid());
        return c;
    }

    /** @throws NotFoundException when there is no such container */
    public Container get(String uid) {
        return Container.fromDocument(docs.collection().get(uid));
    }

    /** Many containers in one query, in no particular order; unknown uids are left out. */
    public List<Container> getAll(Collection<String> uids) {
        List<Container> out = new ArrayList<>();
        if (!uids.isEmpty()) {
            docs.collection().raw().find(in(Docs.UID, uids)).forEach(d -> out.add(Container.fromDocument(d)));
        }
        return out;
    }

    /** The newest container with this name, of any kind and owner. */
    public Optional<Container> byName(String name) {
        return first(eq(Docs.NAME, name));
    }

    /** The owner's newest container with this name (LSDC's {@code getContainerByName}). */
    public Optional<Container> byName(String name, String owner) {
        return first(and(eq(Docs.NAME, name), eq(Docs.OWNER, owner)));
    }

    /** The newest dewar (automounter or shipping) with this name. */
    public Optional<Container> dewarByName(String name) {
        return first(and(eq(Docs.NAME, name), in(Docs.KIND, DEWAR_KINDS)));
    }

    /** The dewar with this name, or {@link NotFoundException}. */
    public Container requireDewar(String name) {
        return dewarByName(name).orElseThrow(() -> new NotFoundException("dewar", name));
    }

    public List<Container> byKind(ContainerKind kind) {
        List<Container> out = new ArrayList<>();
        docs.collection().raw().find(eq(Docs.KIND, kind.wire())).sort(Sorts.ascending(Docs.NAME))
                .forEach(d -> out.add(Container.fromDocument(d)));
        return out;
    }

    private Optional<Container> first(Bson filter) {
        return Optional.ofNullable(docs.collection().raw().find(filter).sort(Sorts.descending(Docs.TIME)).first())
                .map(Container::fromDocument);
    }

    /**
     * Puts a puck into a dewar slot or a sample into a puck position (LSDC's {@code insertIntoContainer}).
     *
     * @throws PlacementException when the position is out of range or taken, the child is of the wrong kind or
     *                            already placed somewhere; nothing is written
     */
    public Container insert(String containerUid, int position, String childUid, String who) {
        return insertAll(containerUid, Map.of(position, childUid), who);
    }

    /** Several placements into one container as one change: all are made or none. */
    public Container insertAll(String containerUid, Map<Integer, String> childrenByPosition, String who) {
        Container target = get(containerUid);
        if (new HashSet<>(childrenByPosition.values()).size() != childrenByPosition.size()) {
            throw new PlacementException("The same child cannot go into two positions of " + describe(target));
        }
        for (String child : childrenByPosition.values()) {
            checkChild(target, child);
        }
        Map<Integer, String> sorted = new TreeMap<>(childrenByPosition);
        Document d = docs.apply(containerUid, current -> {
            Container c = Container.fromDocument(current);
            Document set = new Document();
            sorted.forEach((position, child) -> {
                checkPosition(c, position);
                Optional<String> occupant = c.at(position);
                if (occupant.isPresent()) {
                    throw new PlacementException(describe(c) + " position " + position + " is already taken by "
                            + occupant.get() + "; remove it first");
                }
                set.append(Container.CONTENT + "." + (position - 1), child);
            });
            set.append(Container.MODIFIED_TIME, Uids.epochSeconds(clock));
            return new Document("$set", set);
        }, who, "insert");
        log.info("{} placed {} in {}", who, sorted, d.getString(Docs.NAME));
        return Container.fromDocument(d);
    }

    /** The container holding {@code childUid} (a puck's dewar, a sample's puck), if any. */
    public Optional<Container> holderOf(String childUid) {
        return Optional.ofNullable(docs.collection().raw().find(eq(Container.CONTENT, childUid)).first())
                .map(Container::fromDocument);
    }

    private void checkChild(Container target, String childUid) {
        if (childUid == null || childUid.isEmpty()) {
            throw new PlacementException("Nothing to place: the child uid is empty");
        }
        if (target.isPuck()) {
            if (samples.find(eq(Docs.UID, childUid)).first() == null) {
                throw new PlacementException("Puck " + target.name() + " holds samples, and " + childUid
                        + " is not a sample");
            }
        } else {
            Container child = getAll(List.of(childUid)).stream().findFirst().orElse(null);
            if (child == null || !child.isPuck()) {
                throw new PlacementException(describe(target) + " holds pucks, and " + childUid + " is not a puck");
            }
        }
        Optional<Container> holder = holderOf(childUid);
        if (holder.isPresent()) {
            Container h = holder.get();
            throw new PlacementException(childUid + " is already in " + describe(h) + " position "
                    + h.positionOf(childUid) + "; remove it from there first");
        }
    }

    private static void checkPosition(Container c, int position) {
        if (position < 1 || position > c.capacity()) {
            throw new PlacementException(describe(c) + " has positions 1 to " + c.capacity() + "; " + position
                    + " is out of range");
        }
    }

    private static String describe(Container c) {
        return (c.isPuck() ? "puck " : "dewar ") + c.name();
    }

    /**
     * Empties one position.
     *
     * @return the container after the change
     * @throws PlacementException when the position is out of range (an already empty position is not an error)
     */
    public Container remove(String containerUid, int position, String who) {
        Document d = docs.apply(containerUid, current -> {
            checkPosition(Container.fromDocument(current), position);
            return Updates.combine(Updates.set(Container.CONTENT + "." + (position - 1), ""),
                    Updates.set(Container.MODIFIED_TIME, Uids.epochSeconds(clock)));
        }, who, "remove");
        return Container.fromDocument(d);
    }

    /** Empties every position (LSDC's {@code emptyContainer}); the children themselves are untouched. */
    public Container empty(String containerUid, String who) {
        Document d = docs.apply(containerUid, current -> {
            int size = Container.fromDocument(current).capacity();
            return Updates.combine(Updates.set(Container.CONTENT, new ArrayList<>(Collections.nCopies(size, ""))),
                    Updates.set(Container.MODIFIED_TIME, Uids.epochSeconds(clock)));
        }, who, "empty");
        return Container.fromDocument(d);
    }

    /** Takes a puck out of a dewar, wherever it is. */
    public Container removePuckFromDewar(String dewarUid, String puckUid, String who) {
        Document d = docs.apply(dewarUid, current -> {
            Container dewar = Container.fromDocument(current);
            int position = dewar.positionOf(puckUid);
            if (position < 0) {
                throw new PlacementException("Puck " + puckUid + " is not in dewar " + dewar.name());
            }
            return Updates.combine(Updates.set(Container.CONTENT + "." + (position - 1), ""),
                    Updates.set(Container.MODIFIED_TIME, Uids.epochSeconds(clock)));
        }, who, "remove");
        return Container.fromDocument(d);
    }

    /**
     * Where a sample sits in the named dewar (two queries: the dewar, then the puck holding the sample), or empty
     * when the sample is not in any puck of that dewar.
     *
     * @throws NotFoundException when there is no such dewar
     */
    public Optional<SampleLocation> coordinatesOf(String dewarName, String sampleUid) {
        Container dewar = requireDewar(dewarName);
        List<String> pucks = dewar.children();
        if (pucks.isEmpty()) {
            return Optional.empty();
        }
        Document doc = docs.collection().raw().find(and(in(Docs.UID, pucks), eq(Container.CONTENT, sampleUid))).first();
        if (doc == null) {
            return Optional.empty();
        }
        Container puck = Container.fromDocument(doc);
        int slot = dewar.positionOf(puck.uid());
        return Optional.of(new SampleLocation(dewar.uid(), slot, SlotLabels.label(slot), puck.uid(), puck.name(),
                puck.positionOf(sampleUid)));
    }

    /** Every recorded change of a container, oldest first. */
    public List<Revision> history(String uid) {
        return revisions.history(uid);
    }
}
