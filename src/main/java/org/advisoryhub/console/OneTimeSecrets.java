package org.advisoryhub.console;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.advisoryhub.partner.dto.ApiKeyResponse;

/**
 * Hands a newly issued or rotated key secret from the POST that made it to the page the browser is redirected to,
 * exactly once: a reload or a shared link shows nothing, and a reload cannot issue a second key. The secret never
 * travels in a URL, only a random one-time reference does; unclaimed secrets are dropped after five minutes.
 */
@ApplicationScoped
public class OneTimeSecrets {

    private static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Held(ApiKeyResponse key, String organizationId, Instant until) {}

    private final ConcurrentHashMap<String, Held> held = new ConcurrentHashMap<>();
    private final Clock clock;

    public OneTimeSecrets(Clock clock) {
        this.clock = clock;
    }

    String hold(ApiKeyResponse key) {
        Instant now = clock.instant();
        held.values().removeIf(h -> h.until().isBefore(now));
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String reference = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        held.put(reference, new Held(key, key.organizationId(), now.plus(LIFETIME)));
        return reference;
    }

    /** The held key of this partner, removed as it is read. */
    Optional<ApiKeyResponse> take(String reference, String organizationId) {
        if (reference == null) {
            return Optional.empty();
        }
        Held h = held.remove(reference);
        return Optional.ofNullable(h)
                .filter(x ->
                        x.organizationId().equals(organizationId) && x.until().isAfter(clock.instant()))
                .map(Held::key);
    }
}
