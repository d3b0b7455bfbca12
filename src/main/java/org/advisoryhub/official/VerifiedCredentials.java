package org.advisoryhub.official;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.db.AnnouncedCache;
import org.advisoryhub.common.security.Actor;

/**
 * Local-account passwords verified in the last {@code hub.sign-in.credential-cache}, so that API automation signing
 * in with every request pays for bcrypt once, not every time. Entries are keyed by an HMAC of user name and password
 * under a random key of this process: the password is never kept. A password change, a disabled account or changed
 * roles are announced on {@link #CHANNEL} when they commit, and every instance drops that official's entries.
 */
@ApplicationScoped
public class VerifiedCredentials extends AnnouncedCache {

    /** Payload: the user name whose credentials or standing changed. */
    static final String CHANNEL = "hub_officials";

    private record Entry(String username, Actor actor, Instant until) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration ttl;
    private final Clock clock;

    public VerifiedCredentials(HubConfig config, Clock clock) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.key = new SecretKeySpec(random, "HmacSHA256");
        this.ttl = config.signIn().credentialCache();
        this.clock = clock;
    }

    public Optional<Actor> lookup(String username, char[] password) {
        Entry e = entries.get(fingerprint(username, password));
        if (e == null || !e.until().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(e.actor());
    }

    public void remember(String username, char[] password, Actor actor, long seenGeneration) {
        if (!ttl.isZero()) {
            rememberIfCurrent(
                    seenGeneration,
                    () -> entries.put(
                            fingerprint(username, password),
                            new Entry(username, actor, clock.instant().plus(ttl))));
        }
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    protected void drop(String username) {
        entries.values().removeIf(e -> e.username().equals(username));
    }

    @Override
    protected void dropAll() {
        entries.clear();
    }

    private String fingerprint(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder()
                    .encodeToString(mac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
