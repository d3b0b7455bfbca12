package org.advisoryhub.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The console's one-time secrets, as {@link OneTimeSecrets} stores them: encrypted, each claimed once. */
@ApplicationScoped
public class OneTimeSecretRepository {

    /** A held secret: whose it is, its encrypted payload, and until when it may be claimed. */
    record Held(String organizationId, String payload, Instant expiresAt) {}

    private final EntityManager em;

    public OneTimeSecretRepository(EntityManager em) {
        this.em = em;
    }

    /** Stores one, dropping those nobody claimed in time. */
    @Transactional
    void hold(String referenceHash, Held held, Instant now) {
        em.createNativeQuery("delete from console_secret where expires_at < :now")
                .setParameter("now", now)
                .executeUpdate();
        em.createNativeQuery("insert into console_secret (reference_hash, organization_id, payload, expires_at)"
                        + " values (:hash, :org, :payload, :until)")
                .setParameter("hash", referenceHash)
                .setParameter("org", held.organizationId())
                .setParameter("payload", held.payload())
                .setParameter("until", held.expiresAt())
                .executeUpdate();
    }

    /** Removes and returns it: whoever asks first, on whichever instance, is the only one to get it. */
    @Transactional
    @SuppressWarnings("unchecked")
    Optional<Held> take(String referenceHash) {
        List<Tuple> rows = em.createNativeQuery(
                        "delete from console_secret where reference_hash = :hash"
                                + " returning organization_id, payload, expires_at",
                        Tuple.class)
                .setParameter("hash", referenceHash)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Held(
                        r.get("organization_id", String.class),
                        r.get("payload", String.class),
                        org.advisoryhub.common.time.Timestamps.of(r.get("expires_at"))));
    }
}
