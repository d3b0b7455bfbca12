package org.advisoryhub.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.audit.AuditEntry;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.collection.CollectionResponse;
import org.advisoryhub.collection.CollectionService;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.partner.ApiKeyGrant;

/**
 * What a partner's key may read, and reading it: only granted collections, nothing above the lower of the
 * collection's and the key's TLP ceiling, TLP:RED only for named recipients. Every read is audited.
 */
@ApplicationScoped
@Transactional
public class FeedService {

    private final CollectionService collections;
    private final FeedRepository feeds;
    private final AuditService audit;

    public FeedService(CollectionService collections, FeedRepository feeds, AuditService audit) {
        this.collections = collections;
        this.feeds = feeds;
        this.audit = audit;
    }

    /** The collections this key is granted, in id order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CollectionAccess> collections(ApiKeyGrant grant) {
        return collections.list().stream()
                .filter(c -> grant.collections().contains(c.id()))
                .map(c -> access(grant, c))
                .toList();
    }

    /** A granted collection; one the key may not read does not exist as far as the key can tell. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CollectionAccess collection(ApiKeyGrant grant, String idOrAlias) {
        return collections.find(idOrAlias)
                .filter(c -> grant.collections().contains(c.id()))
                .map(c -> access(grant, c))
                .orElseThrow(() -> new NotFoundException("Collection", idOrAlias));
    }

    /** One page of the collection for this key; {@code stixId} narrows it to one object's versions. */
    public FeedPage read(ApiKeyGrant grant, CollectionAccess access, FeedFilter filter, String stixId, String endpoint) {
        return read(grant, access, filter, stixId, endpoint, true);
    }

    /** One page of the collection's manifest: the same rows, without reading the object bodies. */
    public FeedPage manifest(ApiKeyGrant grant, CollectionAccess access, FeedFilter filter) {
        return read(grant, access, filter, null, "manifest", false);
    }

    private FeedPage read(ApiKeyGrant grant, CollectionAccess access, FeedFilter filter, String stixId, String endpoint,
            boolean bodies) {
        CollectionResponse c = access.collection();
        Tlp ceiling = grant.ceilingIn(c.tlpCeiling());
        FeedPage page = feeds.page(new Audience(ceiling, c.objectTypes(), grant.organizationId(),
                c.acceptsWrites() ? c.id() : null), filter, stixId, bodies);
        audit(grant, c.id(), endpoint, page.rows().size());
        return page;
    }

    /** Whether any hub collection this key reads holds the object (in any version), for checking references. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean visible(ApiKeyGrant grant, String stixId) {
        FeedFilter one = new FeedFilter(null, 1, List.of(stixId), List.of(), FeedFilter.Versions.ALL, List.of(), true);
        for (CollectionAccess access : collections(grant)) {
            CollectionResponse c = access.collection();
            if (c.acceptsWrites()) {
                continue;
            }
            Tlp ceiling = grant.ceilingIn(c.tlpCeiling());
            Audience audience = new Audience(ceiling, c.objectTypes(), grant.organizationId(), null);
            if (!feeds.page(audience, one, null, false).rows().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** Records a pull (or a submission) in the audit trail: which key, which collection, how many objects, when. */
    public void audit(ApiKeyGrant grant, UUID collectionId, String endpoint, int objects) {
        audit.record(new AuditEntry(grant.keyId(), "partner", grant.organizationId(), "taxii." + endpoint, "collection",
                collectionId.toString(), null, grant.organizationId(), Map.of("objects", objects)));
    }

    private static CollectionAccess access(ApiKeyGrant grant, CollectionResponse c) {
        return new CollectionAccess(c, true, grant.canWrite() && c.acceptsWrites());
    }
}
