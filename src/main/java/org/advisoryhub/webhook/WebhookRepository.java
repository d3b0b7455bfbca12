package org.advisoryhub.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.time.Timestamps;

/** The webhook tables: subscriptions and their deliveries (the outbox). */
@ApplicationScoped
public class WebhookRepository {

    private final EntityManager em;

    public WebhookRepository(EntityManager em) {
        this.em = em;
    }

    void persist(Object subscriptionOrDelivery) {
        em.persist(subscriptionOrDelivery);
    }

    void remove(WebhookSubscription s) {
        em.remove(s);
    }

    void flush() {
        em.flush();
    }

    long countSubscriptions(String organizationId) {
        return em.createQuery("select count(s) from WebhookSubscription s where s.organizationId = :org", Long.class)
                .setParameter("org", organizationId)
                .getSingleResult();
    }

    List<WebhookSubscription> subscriptionsOf(String organizationId) {
        return em.createQuery(
                        "from WebhookSubscription where organizationId = :org order by createdAt, id",
                        WebhookSubscription.class)
                .setParameter("org", organizationId)
                .getResultList();
    }

    List<WebhookSubscription> allSubscriptions() {
        return em.createQuery("from WebhookSubscription", WebhookSubscription.class)
                .getResultList();
    }

    Optional<WebhookSubscription> subscription(UUID id) {
        return Optional.ofNullable(em.find(WebhookSubscription.class, id));
    }

    Optional<WebhookDelivery> delivery(UUID id) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, id));
    }

    /** A subscription's deliveries after a keyset position, newest first, optionally of one status. */
    List<WebhookDelivery> deliveries(UUID subscriptionId, WebhookDelivery.Status status, Cursor after, int limit) {
        StringBuilder q = new StringBuilder("from WebhookDelivery where subscriptionId = :s");
        if (status != null) {
            q.append(" and status = :status");
        }
        if (after != null) {
            q.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
        }
        var query = em.createQuery(q.append(" order by createdAt desc, id desc").toString(), WebhookDelivery.class)
                .setParameter("s", subscriptionId)
                .setMaxResults(limit);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (after != null) {
            query.setParameter("at", after.at()).setParameter("id", after.id());
        }
        return query.getResultList();
    }

    /** How many deliveries are waiting for an attempt (due now or later). */
    long pendingCount() {
        return ((Number) em.createNativeQuery("select count(*) from webhook_delivery where status = 'pending'")
                        .getSingleResult())
                .longValue();
    }

    /** Takes up to {@code max} due deliveries, leased until {@code leaseUntil}; other instances skip them meanwhile. */
    @SuppressWarnings("unchecked")
    List<WebhookAttempts.Due> claim(int max, Instant now, Instant leaseUntil) {
        List<Tuple> rows = em.createNativeQuery("""
                with due as (
                    select id from webhook_delivery where status = 'pending' and next_attempt_at <= :now
                    order by next_attempt_at limit :max for update skip locked)
                update webhook_delivery d set attempts = d.attempts + 1, last_attempt_at = :now, next_attempt_at = :lease
                from due, webhook_subscription s
                where d.id = due.id and s.id = d.subscription_id
                returning d.id as id, d.event_type as event_type, d.payload as payload, d.attempts as attempts,
                    s.url as url, s.secret as secret, d.subscription_id as subscription_id, d.created_at as created_at""", Tuple.class)
                .setParameter("now", now)
                .setParameter("max", max)
                .setParameter("lease", leaseUntil)
                .getResultList();
        return rows.stream()
                .map(t -> new WebhookAttempts.Due(
                        t.get("id", UUID.class),
                        t.get("event_type", String.class),
                        t.get("payload", String.class),
                        t.get("attempts", Number.class).intValue(),
                        t.get("url", String.class),
                        t.get("secret", String.class),
                        t.get("subscription_id", UUID.class),
                        Timestamps.of(t.get("created_at"))))
                .toList();
    }

    /** Records an attempt's outcome on a delivery that is still pending. */
    void settle(
            UUID deliveryId,
            WebhookDelivery.Status status,
            Instant next,
            Integer statusCode,
            String error,
            Instant deliveredAt) {
        em.createNativeQuery("""
                update webhook_delivery set status = :status, next_attempt_at = :next, last_status_code = :code,
                    last_error = :error, delivered_at = :deliveredAt
                where id = :id and status = 'pending'""")
                .setParameter("status", status.name())
                .setParameter("next", next)
                .setParameter("code", statusCode)
                .setParameter("error", error)
                .setParameter("deliveredAt", deliveredAt)
                .setParameter("id", deliveryId)
                .executeUpdate();
    }
}
