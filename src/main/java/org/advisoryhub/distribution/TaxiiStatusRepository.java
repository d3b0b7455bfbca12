package org.advisoryhub.distribution;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.advisoryhub.common.time.Timestamps;

/** The status resources of partners' submissions (TAXII 2.1 §4.3), kept so a status stays queryable. */
@ApplicationScoped
public class TaxiiStatusRepository {

    /** A stored status; {@code successes} and {@code failures} are JSON arrays of details. */
    record Stored(Instant requestTimestamp, int total, int succeeded, int failed, String successes, String failures) {}

    private final EntityManager em;

    public TaxiiStatusRepository(EntityManager em) {
        this.em = em;
    }

    void save(UUID id, String keyId, String organizationId, UUID collection, Instant at, Stored status) {
        em.createNativeQuery("""
                insert into taxii_status (id, key_id, organization_id, collection_id, request_timestamp, total_count,
                    success_count, failure_count, successes, failures)
                values (:id, :key, :org, :c, :at, :total, :ok, :failed, cast(:successes as jsonb), cast(:failures as jsonb))""")
                .setParameter("id", id)
                .setParameter("key", keyId)
                .setParameter("org", organizationId)
                .setParameter("c", collection)
                .setParameter("at", at)
                .setParameter("total", status.total())
                .setParameter("ok", status.succeeded())
                .setParameter("failed", status.failed())
                .setParameter("successes", status.successes())
                .setParameter("failures", status.failures())
                .executeUpdate();
    }

    /** The status if it is this organization's. */
    @SuppressWarnings("unchecked")
    Optional<Stored> find(UUID id, String organizationId) {
        List<Tuple> rows = em.createNativeQuery("""
                select request_timestamp, total_count, success_count, failure_count, cast(successes as text) as successes,
                    cast(failures as text) as failures from taxii_status where id = :id and organization_id = :org""", Tuple.class)
                .setParameter("id", id)
                .setParameter("org", organizationId)
                .getResultList();
        return rows.stream()
                .findFirst()
                .map(r -> new Stored(
                        Timestamps.of(r.get("request_timestamp")),
                        r.get("total_count", Number.class).intValue(),
                        r.get("success_count", Number.class).intValue(),
                        r.get("failure_count", Number.class).intValue(),
                        r.get("successes", String.class),
                        r.get("failures", String.class)));
    }
}
