package org.advisoryhub.feed;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import org.advisoryhub.collection.dto.CollectionResponse;
import org.advisoryhub.common.db.JdbcRows;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.ids.Sha256;
import org.advisoryhub.distribution.CollectionAccess;
import org.advisoryhub.distribution.CollectionReader;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.revision.PublishedRevisions;
import org.advisoryhub.revision.PublishedRows;

/**
 * Plain-text and CSV lists of active indicators for tools that do not speak TAXII, with the same grants as the
 * TAXII collections: only collections the key may read that carry indicators, never above the TLP ceiling.
 */
@ApplicationScoped
public class FlatFeedService {

    private final CollectionReader reader;
    private final PublishedRevisions published;

    public FlatFeedService(CollectionReader reader, PublishedRevisions published) {
        this.reader = reader;
        this.published = published;
    }

    /** Resolves what this key may list from that collection. */
    FlatFeedQuery query(ApiKeyGrant grant, String collection, String kind, String chain, Instant since) {
        CollectionAccess access = reader.collection(grant, collection);
        CollectionResponse c = access.collection();
        if (!c.carriesIndicators()) {
            throw new NotFoundException("Indicator feed of collection", collection);
        }
        return new FlatFeedQuery(kind, chain, since, access.view());
    }

    /** A strong ETag for the feed as it is now, specific to this key's view. */
    String etag(ApiKeyGrant grant, FlatFeedQuery query, String format) {
        return Sha256.hex(grant.keyId() + "|" + query + "|" + format + "|"
                        + published.indicatorsVersion(query.kind(), query.chain(), query.since(), query.view()))
                .substring(0, 32);
    }

    void stream(FlatFeedQuery query, JdbcRows.Sink<PublishedRows.FeedIndicator> sink) {
        published.streamIndicators(query.kind(), query.chain(), query.since(), query.view(), sink);
    }

    /** Audits a pull with the number of rows sent. */
    void audit(ApiKeyGrant grant, String collection, int rows) {
        reader.recordPull(grant, reader.collection(grant, collection).collection(), "flat-feed", rows, null, null);
    }

    static Map<String, String> contentTypes() {
        return Map.of("csv", "text/csv; charset=utf-8", "txt", "text/plain; charset=utf-8");
    }
}
