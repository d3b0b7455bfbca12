package org.advisoryhub.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;
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
    private final EntityManager em;
    private final Clock clock;

    public FeedService(CollectionService collections, FeedRepository feeds, EntityManager em, Clock clock) {
        this.collections = collections;
        this.feeds = feeds;
        this.em = em;
        this.clock = clock;
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
        CollectionResponse c = access.collection();
        Tlp ceiling = c.tlpCeiling().compareTo(grant.tlpCeiling()) <= 0 ? c.tlpCeiling() : grant.tlpCeiling();
        FeedPage page = feeds.page(new Audience(ceiling, c.objectTypes(), grant.organizationId(),
                c.acceptsWrites() ? c.id() : null), filter, stixId);
        audit(grant, c.id(), endpoint, page.rows().size());
        return page;
    }

    /** Records a pull: which key, which collection, what it got, when. */
    public void audit(ApiKeyGrant grant, UUID collectionId, String endpoint, int objects) {
        em.createNativeQuery("""
                insert into taxii_pull (key_id, organization_id, collection_id, endpoint, objects_returned, at)
                values (:key, :org, :collection, :endpoint, :objects, :at)""")
                .setParameter("key", grant.keyId())
                .setParameter("org", grant.organizationId())
                .setParameter("collection", collectionId)
                .setParameter("endpoint", endpoint)
                .setParameter("objects", objects)
                .setParameter("at", clock.instant())
                .executeUpdate();
    }

    private static CollectionAccess access(ApiKeyGrant grant, CollectionResponse c) {
        return new CollectionAccess(c, true, grant.canWrite() && c.acceptsWrites());
    }
}
