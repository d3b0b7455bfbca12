package org.advisoryhub.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.advisoryhub.common.config.HubConfig;

/**
 * The outbox's bookkeeping, each step its own short transaction: claiming due deliveries (several instances
 * share the work through SKIP LOCKED), and recording each attempt's outcome with exponential backoff.
 */
@ApplicationScoped
public class WebhookAttempts {

    /** A claimed delivery with what is needed to send it. */
    record Due(UUID id, String eventType, String payload, int attempt, String url, String secret, UUID subscriptionId,
            Instant createdAt) {
    }

    private final EntityManager em;
    private final HubConfig.Webhooks config;

    public WebhookAttempts(EntityManager em, HubConfig config) {
        this.em = em;
        this.config = config.webhooks();
    }

    /** Takes up to {@code max} due deliveries; each is leased until {@code leaseUntil}, after which it is due again. */
    @Transactional
    List<Due> claim(int max, Instant now, Instant leaseUntil) {
        List<?> rows = em.createNativeQuery("""
                with due as (
                    select id from webhook_delivery where status = 'pending' and next_attempt_at <= :now
                    order by next_attempt_at limit :max for update skip locked)
                update webhook_delivery d set attempts = d.attempts + 1, last_attempt_at = :now, next_attempt_at = :lease
                from due, webhook_subscription s
                where d.id = due.id and s.id = d.subscription_id
                returning d.id, d.event_type, d.payload, d.attempts, s.url, s.secret, d.subscription_id, d.created_at""")
                .setParameter("now", now).setParameter("max", max).setParameter("lease", leaseUntil).getResultList();
        return rows.stream().map(row -> {
            Object[] r = (Object[]) row;
            return new Due((UUID) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(), (String) r[4], (String) r[5],
                    (UUID) r[6], org.advisoryhub.common.time.Timestamps.of(r[7]));
        }).toList();
    }

    @Transactional
    void record(Due due, WebhookSender.Outcome outcome, Instant now) {
        String status;
        Instant next = now;
        if (outcome.delivered()) {
            status = WebhookDelivery.Status.delivered.name();
        } else if (due.attempt() >= config.maxAttempts()) {
            status = WebhookDelivery.Status.failed.name();
        } else {
            status = WebhookDelivery.Status.pending.name();
            next = now.plus(backoff(due.attempt()));
        }
        em.createNativeQuery("""
                update webhook_delivery set status = :status, next_attempt_at = :next, last_status_code = :code,
                    last_error = :error, delivered_at = :deliveredAt
                where id = :id and status = 'pending'""")
                .setParameter("status", status).setParameter("next", next).setParameter("code", outcome.statusCode())
                .setParameter("error", outcome.error()).setParameter("deliveredAt", outcome.delivered() ? now : null)
                .setParameter("id", due.id()).executeUpdate();
    }

    /** initial × 2^(attempt-1), capped, with up to 20 % jitter so that retries of many deliveries spread out. */
    Duration backoff(int attempt) {
        Duration base = config.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 30));
        if (base.compareTo(config.maxBackoff()) > 0 || base.isNegative()) {
            base = config.maxBackoff();
        }
        long jitter = (long) (base.toMillis() * 0.2 * ThreadLocalRandom.current().nextDouble());
        return base.plusMillis(jitter);
    }
}
