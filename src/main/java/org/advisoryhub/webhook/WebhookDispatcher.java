package org.advisoryhub.webhook;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.advisoryhub.common.config.HubConfig;

/**
 * Drains the outbox: claims due deliveries, sends them (subscriptions in parallel, each one's in order) and records
 * each outcome. Nothing is kept in memory between rounds, so a restart (or a kill -9) only delays deliveries:
 * pending ones are due again when their backoff or lease runs out. Delivery is at least once; receivers deduplicate by {@code Hub-Webhook-Id}.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private final WebhookAttempts attempts;
    private final WebhookSender sender;
    private final Clock clock;
    private final HubConfig.Webhooks config;
    private final AtomicLong depth = new AtomicLong();
    private volatile boolean running;
    private Thread thread;
    private ExecutorService senders;

    public WebhookDispatcher(
            WebhookAttempts attempts, WebhookSender sender, Clock clock, HubConfig config, MeterRegistry metrics) {
        metrics.gauge("hub.webhook.outbox.depth", depth);
        this.attempts = attempts;
        this.sender = sender;
        this.clock = clock;
        this.config = config.webhooks();
    }

    void start(@Observes StartupEvent event) {
        running = true;
        senders = Executors.newFixedThreadPool(config.concurrency(), r -> daemon(r, "hub-webhook-sender"));
        thread = daemon(this::run, "hub-webhook-dispatcher");
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            senders.shutdownNow();
        }
    }

    private void run() {
        while (running) {
            try {
                if (round() == 0) {
                    Thread.sleep(config.pollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (running) {
                    Log.warnf(e, "Webhook round failed; retrying");
                    pause();
                }
            }
        }
    }

    /** One batch: how many deliveries were attempted. */
    private int round() throws InterruptedException {
        Instant now = clock.instant();
        depth.set(attempts.pending());
        // An attempt never takes longer than the timeout twice (connect, answer); the margin covers the rest.
        Instant lease = now.plus(config.timeout().multipliedBy(2)).plus(Duration.ofSeconds(30));
        List<WebhookAttempts.Due> due = attempts.claim(config.concurrency() * 4, now, lease);
        // Subscriptions in parallel; each subscription's events one after another, in the order they happened.
        Map<UUID, List<WebhookAttempts.Due>> bySubscription = due.stream()
                .sorted(Comparator.comparing(WebhookAttempts.Due::createdAt))
                .collect(Collectors.groupingBy(
                        WebhookAttempts.Due::subscriptionId, LinkedHashMap::new, Collectors.toList()));
        List<Future<?>> sent = bySubscription.values().stream()
                .<Future<?>>map(group -> senders.submit(() -> group.forEach(this::attempt)))
                .toList();
        for (Future<?> f : sent) {
            try {
                f.get();
            } catch (java.util.concurrent.ExecutionException e) {
                Log.warnf(e.getCause(), "Webhook attempt failed unexpectedly");
            }
        }
        return due.size();
    }

    private void attempt(WebhookAttempts.Due due) {
        WebhookSender.Outcome outcome =
                sender.send(due.url(), due.secret(), due.id().toString(), due.eventType(), due.payload());
        if (!running) {
            return; // shutting down: the lease brings the delivery back
        }
        attempts.record(due, outcome, clock.instant());
        if (!outcome.delivered()) {
            Log.debugf("Webhook delivery %s attempt %d failed: %s", due.id(), due.attempt(), outcome.error());
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
