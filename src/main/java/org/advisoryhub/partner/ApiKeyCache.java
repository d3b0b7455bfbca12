package org.advisoryhub.partner;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.db.AnnouncedCache;

/**
 * Recently verified API keys, by key id and secret hash, for {@code hub.partners.key-cache-seconds}. A rotation or
 * revocation is announced on {@link #CHANNEL} when it commits, and every instance forgets the key then.
 */
@ApplicationScoped
public class ApiKeyCache extends AnnouncedCache {

    /** Payload: the key id whose secret or state changed. */
    static final String CHANNEL = "hub_api_keys";

    private record Entry(String secretHash, ApiKeyGrant grant, Instant keyExpires, Instant cachedUntil) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final Clock clock;

    private final MeterRegistry metrics;

    public ApiKeyCache(HubConfig config, Clock clock, MeterRegistry metrics) {
        this.clock = clock;
        this.metrics = metrics;
        this.ttl = Duration.ofSeconds(config.partners().keyCacheSeconds());
    }

    /**
     * The cached answer for a presented key id and secret, or null when the database must decide. Cheap enough for
     * the I/O thread: no transaction, no database.
     */
    public Optional<ApiKeyGrant> lookupPresented(String keyId, String secret) {
        Optional<ApiKeyGrant> known = lookup(keyId, ApiKeyService.hash(secret), clock.instant());
        metrics.counter("hub.api.key.cache", "result", known == null ? "miss" : "hit")
                .increment();
        return known;
    }

    /** The cached answer for these credentials, or null when the database must decide. */
    Optional<ApiKeyGrant> lookup(String keyId, String secretHash, Instant now) {
        Entry e = entries.get(keyId);
        if (e == null || !e.cachedUntil().isAfter(now) || !e.secretHash().equals(secretHash)) {
            return null;
        }
        if (e.keyExpires() != null && !e.keyExpires().isAfter(now)) {
            entries.remove(keyId);
            return Optional.empty();
        }
        return Optional.of(e.grant());
    }

    void remember(
            String keyId, String secretHash, ApiKeyGrant grant, Instant keyExpires, Instant now, long seenGeneration) {
        if (!ttl.isZero()) {
            rememberIfCurrent(
                    seenGeneration, () -> entries.put(keyId, new Entry(secretHash, grant, keyExpires, now.plus(ttl))));
        }
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    protected void drop(String keyId) {
        entries.remove(keyId);
    }

    @Override
    protected void dropAll() {
        entries.clear();
    }
}
