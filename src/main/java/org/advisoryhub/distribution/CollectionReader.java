package org.advisoryhub.distribution;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.Visibility;
import org.advisoryhub.audit.AuditEntry;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.audit.PullLog;
import org.advisoryhub.collection.CollectionService;
import org.advisoryhub.collection.dto.CollectionResponse;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.security.ActorKind;
import org.advisoryhub.partner.ApiKeyGrant;

/**
 * What a partner's key may read, and reading it: only granted collections, nothing above the lower of the
 * collection's and the key's TLP ceiling, TLP:RED only for named recipients. Every read is recorded in the pull log.
 */
@ApplicationScoped
public class CollectionReader {

    private final CollectionService collections;
    private final CollectionObjectRepository feeds;
    private final AuditService audit;
    private final PullLog pulls;
    private final TaxiiHead head;
    private final MeterRegistry metrics;
    private final Map<String, PullCounters> counters = new ConcurrentHashMap<>();

    public CollectionReader(
            CollectionService collections,
            CollectionObjectRepository feeds,
            AuditService audit,
            PullLog pulls,
            TaxiiHead head,
            MeterRegistry metrics) {
        this.metrics = metrics;
        this.collections = collections;
        this.feeds = feeds;
        this.audit = audit;
        this.pulls = pulls;
        this.head = head;
    }

    /** The collections this key reads, in id order: those it is granted, and every addressed collection. */
    public List<CollectionAccess> collections(ApiKeyGrant grant) {
        return collections.list().stream()
                .flatMap(c -> accessTo(grant, c).stream())
                .toList();
    }

    /** A collection the key reads; one it may not read does not exist as far as the key can tell. */
    public CollectionAccess collection(ApiKeyGrant grant, String idOrAlias) {
        return collections
                .find(idOrAlias)
                .flatMap(c -> accessTo(grant, c))
                .orElseThrow(() -> new NotFoundException("Collection", idOrAlias));
    }

    /** The key's access to a collection it reads, without asking the database (for work over many keys). */
    public static Optional<CollectionAccess> accessTo(ApiKeyGrant grant, CollectionResponse c) {
        return reads(grant, c) ? Optional.of(access(grant, c)) : Optional.empty();
    }

    /** An addressed collection needs no grant: it only ever shows what names the reading organization. */
    private static boolean reads(ApiKeyGrant grant, CollectionResponse c) {
        return grant.collections().contains(c.id()) || c.addressedOnly();
    }

    /** One page of the collection for this key; {@code stixId} narrows it to one object's versions. */
    public ObjectPage read(
            ApiKeyGrant grant, CollectionAccess access, ObjectFilter filter, String stixId, String endpoint) {
        return read(grant, access, filter, stixId, endpoint, true);
    }

    /** One page of the collection's manifest: the same rows, without reading the object bodies. */
    public ObjectPage manifest(ApiKeyGrant grant, CollectionAccess access, ObjectFilter filter) {
        return read(grant, access, filter, null, "manifest", false);
    }

    private ObjectPage read(
            ApiKeyGrant grant,
            CollectionAccess access,
            ObjectFilter filter,
            String stixId,
            String endpoint,
            boolean bodies) {
        CollectionResponse c = access.collection();
        Audience audience = new Audience(access.view(), c.objectTypes(), c.acceptsWrites() ? c.id() : null);
        ObjectPage page = head.read(audience, filter, stixId, () -> feeds.page(audience, filter, stixId, bodies));
        List<ObjectRow> rows = page.rows();
        recordPull(
                grant,
                c,
                endpoint,
                rows.size(),
                rows.isEmpty() ? null : rows.get(0).dateAdded(),
                rows.isEmpty() ? null : rows.get(rows.size() - 1).dateAdded());
        return page;
    }

    /** Whether any hub collection this key reads holds the object (in any version), for checking references. */
    public boolean visible(ApiKeyGrant grant, String stixId) {
        ObjectFilter one =
                new ObjectFilter(null, 1, List.of(stixId), List.of(), ObjectFilter.Versions.ALL, List.of(), true);
        for (CollectionAccess access : collections(grant)) {
            CollectionResponse c = access.collection();
            if (c.acceptsWrites()) {
                continue;
            }
            Audience audience = new Audience(access.view(), c.objectTypes(), null);
            if (!feeds.page(audience, one, null, false).rows().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Records a pull in the pull log (which key, which collection, which endpoint, how many objects and the
     * {@code date_added} range they came from): no lock, so pulls never queue behind each other or behind officials.
     */
    public void recordPull(
            ApiKeyGrant grant,
            CollectionResponse c,
            String endpoint,
            int objects,
            Instant firstAdded,
            Instant lastAdded) {
        pulls.record(grant.keyId(), grant.organizationId(), c.id(), endpoint, objects, firstAdded, lastAdded);
        PullCounters counted = counters.computeIfAbsent(
                c.alias() + '|' + endpoint,
                k -> new PullCounters(
                        metrics.counter("hub.pulls", "collection", c.alias(), "endpoint", endpoint),
                        metrics.counter("hub.pull.objects", "collection", c.alias()),
                        metrics.counter("hub.pulls.empty", "collection", c.alias())));
        counted.pulls().increment();
        counted.objects().increment(objects);
        if (objects == 0) {
            counted.empty().increment();
        }
    }

    /** A collection's pull counters for one endpoint, looked up once: every poll counts. */
    private record PullCounters(Counter pulls, Counter objects, Counter empty) {}

    /** Records a partner's submission in the audit trail, in the submission's transaction: a write, like officials'. */
    public void recordSubmission(ApiKeyGrant grant, UUID collectionId, String endpoint, int objects) {
        audit.record(new AuditEntry(
                grant.keyId(),
                ActorKind.PARTNER,
                grant.organizationId(),
                "taxii." + endpoint,
                "collection",
                collectionId.toString(),
                null,
                grant.organizationId(),
                Map.of("objects", objects)));
    }

    private static CollectionAccess access(ApiKeyGrant grant, CollectionResponse c) {
        return new CollectionAccess(c, true, grant.canWrite() && c.acceptsWrites(), view(grant, c));
    }

    /** What this key reads through this collection: up to the lower of the two ceilings, or what is addressed to it. */
    private static Visibility.PartnerView view(ApiKeyGrant grant, CollectionResponse c) {
        Tlp ceiling = c.addressedOnly() ? c.tlpCeiling() : grant.ceilingIn(c.tlpCeiling());
        return new Visibility.PartnerView(ceiling, c.addressedOnly(), grant.organizationId());
    }
}
