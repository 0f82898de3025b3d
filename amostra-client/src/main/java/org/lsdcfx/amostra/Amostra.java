package org.lsdcfx.amostra;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.lsdcfx.store.RevisionLog;
import org.lsdcfx.store.StoreConnection;
import org.lsdcfx.store.VersionedCollection;

/**
 * The Amostra store (samples, containers, requests, proposals) in the {@code amostra} database, with documents
 * shaped as LSDC writes them so that LSDC's pymongo scripts read ours. Thread-safe: the parts hold no state of
 * their own beyond the driver's collections.
 *
 * <pre>
 * Amostra amostra = new Amostra(connection, Clock.systemUTC());
 * amostra.createIndexes();
 * PopResult next = amostra.queue().popNextRequest("primaryDewar", visitDir);
 * </pre>
 */
public final class Amostra {
    public static final String SAMPLE = "sample";
    public static final String CONTAINER = "container";
    public static final String REQUEST = "request";
    public static final String PROPOSAL = "proposal";
    public static final String REVISION = "revision";

    private final RevisionLog revisions;
    private final SampleStore samples;
    private final ContainerStore containers;
    private final RequestStore requests;
    private final ProposalStore proposals;
    private final QueueService queue;
    private final DewarTree dewarTree;

    public Amostra(StoreConnection connection, Clock clock) {
        this(connection.amostra(), clock);
    }

    /** On any database (for example one reached through a client with a command listener). */
    public Amostra(MongoDatabase db, Clock clock) {
        this.revisions = new RevisionLog(db.getCollection(REVISION), clock);
        this.samples = new SampleStore(new VersionedCollection("sample", db.getCollection(SAMPLE), revisions),
                revisions, clock);
        this.containers = new ContainerStore(new VersionedCollection("container", db.getCollection(CONTAINER),
                revisions), db.getCollection(SAMPLE), revisions, clock);
        this.requests = new RequestStore(new VersionedCollection("request", db.getCollection(REQUEST), revisions),
                db.getCollection(SAMPLE), revisions, clock);
        this.proposals = new ProposalStore(new VersionedCollection("proposal", db.getCollection(PROPOSAL), revisions),
                clock);
        this.queue = new QueueService(containers, samples, requests);
        this.dewarTree = new DewarTree(containers, samples, requests);
    }

    /** Creates the indexes (unique {@code uid} everywhere); idempotent, call at start-up. */
    public void createIndexes() {
        revisions.createIndexes();
        samples.createIndexes();
        containers.createIndexes();
        requests.createIndexes();
        proposals.createIndexes();
    }

    public SampleStore samples() {
        return samples;
    }

    public ContainerStore containers() {
        return containers;
    }

    public RequestStore requests() {
        return requests;
    }

    public QueueService queue() {
        return queue;
    }

    public ProposalStore proposals() {
        return proposals;
    }

    public DewarTree dewarTree() {
        return dewarTree;
    }

    public RevisionLog revisions() {
        return revisions;
    }
}
