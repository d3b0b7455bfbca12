package org.advisoryhub.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
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
    record Due(
            UUID id,
            String eventType,
            String payload,
            int attempt,
            String url,
            String secret,
            UUID subscriptionId,
            Instant createdAt) {}

    private final WebhookRepository webhooks;
    private final HubConfig.Webhooks config;
    private final MeterRegistry metrics;

    public WebhookAttempts(WebhookRepository webhooks, HubConfig config, MeterRegistry metrics) {
        this.metrics = metrics;
        this.webhooks = webhooks;
        this.config = config.webhooks();
    }

    /** Takes up to {@code max} due deliveries; each is leased until {@code leaseUntil}, after which it is due again. */
    @Transactional
    long pending() {
        return webhooks.pendingCount();
    }

    @Transactional
    List<Due> claim(int max, Instant now, Instant leaseUntil) {
        return webhooks.claim(max, now, leaseUntil);
    }

    @Transactional
    void record(Due due, WebhookSender.Outcome outcome, Instant now) {
        WebhookDelivery.Status status;
        Instant next = now;
        if (outcome.delivered()) {
            status = WebhookDelivery.Status.delivered;
        } else if (due.attempt() >= config.maxAttempts()) {
            status = WebhookDelivery.Status.failed;
            metrics.counter("hub.webhook.dead.letters").increment();
        } else {
            status = WebhookDelivery.Status.pending;
            next = now.plus(backoff(due.attempt()));
        }
        if (!outcome.delivered()) {
            metrics.counter("hub.webhook.failures").increment();
        }
        webhooks.settle(
                due.id(), status, next, outcome.statusCode(), outcome.error(), outcome.delivered() ? now : null);
    }

    /** initial × 2^(attempt-1), capped, with up to 20 % jitter so that retries of many deliveries spread out. */
    Duration backoff(int attempt) {
        Duration base = config.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 30));
        if (base.compareTo(config.maxBackoff()) > 0 || base.isNegative()) {
            base = config.maxBackoff();
        }
        long jitter =
                (long) (base.toMillis() * 0.2 * ThreadLocalRandom.current().nextDouble());
        return base.plusMillis(jitter);
    }
}
