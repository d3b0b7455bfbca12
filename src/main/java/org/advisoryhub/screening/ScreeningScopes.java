package org.advisoryhub.screening;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.distribution.CollectionAccess;
import org.advisoryhub.distribution.FeedService;
import org.advisoryhub.partner.ApiKeyGrant;

/**
 * The highest TLP a key reads indicators at, across the collections it is granted, kept as long as verified
 * keys are ({@code hub.partners.key-cache-seconds}) so that screening does not ask the database per lookup.
 */
@ApplicationScoped
public class ScreeningScopes {

    private record Entry(Tlp ceiling, Instant until) {
    }

    private final FeedService feeds;
    private final Clock clock;
    private final Duration ttl;
    private final ConcurrentHashMap<ApiKeyGrant, Entry> entries = new ConcurrentHashMap<>();

    public ScreeningScopes(FeedService feeds, Clock clock, HubConfig config) {
        this.feeds = feeds;
        this.clock = clock;
        this.ttl = Duration.ofSeconds(config.partners().keyCacheSeconds());
    }

    /** Null when the key reads no indicators at all. */
    Tlp ceiling(ApiKeyGrant grant) {
        Instant now = clock.instant();
        Entry e = entries.get(grant);
        if (e == null || !e.until().isAfter(now)) {
            e = new Entry(compute(grant), now.plus(ttl));
            if (entries.size() > 10_000) {
                entries.clear(); // bounded; keys come back on their next lookup
            }
            entries.put(grant, e);
        }
        return e.ceiling();
    }

    private Tlp compute(ApiKeyGrant grant) {
        Tlp best = null;
        for (CollectionAccess access : feeds.collections(grant)) {
            if (access.collection().carriesIndicators()) {
                Tlp ceiling = grant.ceilingIn(access.collection().tlpCeiling());
                if (best == null || best.atMost(ceiling)) {
                    best = ceiling;
                }
            }
        }
        return best;
    }
}
