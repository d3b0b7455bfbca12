package org.advisoryhub.screening;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.advisoryhub.advisory.Visibility;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.distribution.CollectionAccess;
import org.advisoryhub.distribution.CollectionReader;
import org.advisoryhub.partner.ApiKeyGrant;

/**
 * What a key reads indicators through, across the collections it reads (a hit needs one of them to allow it), kept
 * as long as verified keys are ({@code hub.partners.key-cache-seconds}) so that screening does not ask the database
 * per lookup.
 */
@ApplicationScoped
public class ScreeningScopes {

    private record Entry(List<Visibility.PartnerView> views, Instant until) {}

    private final CollectionReader reader;
    private final Clock clock;
    private final Duration ttl;
    private final ConcurrentHashMap<ApiKeyGrant, Entry> entries = new ConcurrentHashMap<>();

    public ScreeningScopes(CollectionReader reader, Clock clock, HubConfig config) {
        this.reader = reader;
        this.clock = clock;
        this.ttl = Duration.ofSeconds(config.partners().keyCacheSeconds());
    }

    /** What the key reads through each collection that carries indicators; empty when it reads none. */
    List<Visibility.PartnerView> views(ApiKeyGrant grant) {
        Instant now = clock.instant();
        Entry e = entries.get(grant);
        if (e == null || !e.until().isAfter(now)) {
            e = new Entry(compute(grant), now.plus(ttl));
            if (entries.size() > 10_000) {
                entries.clear(); // bounded; keys come back on their next lookup
            }
            entries.put(grant, e);
        }
        return e.views();
    }

    private List<Visibility.PartnerView> compute(ApiKeyGrant grant) {
        return reader.collections(grant).stream()
                .filter(a -> a.collection().carriesIndicators())
                .map(CollectionAccess::view)
                .distinct()
                .toList();
    }
}
