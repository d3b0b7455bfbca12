package org.advisoryhub.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.advisoryhub.audit.dto.PullRecord;
import org.advisoryhub.common.concurrent.BackgroundLoop;
import org.advisoryhub.common.config.HubConfig;

/**
 * Records partners' pulls without making them wait: a pull adds its record to this instance's buffer, which a
 * background thread appends to the pull log every {@code hub.audit.pull-flush-interval} and which is sealed into the
 * hash chain every {@code hub.audit.pull-seal-interval}. A crash loses at most the records of the last flush interval;
 * a shutdown writes them first.
 */
@ApplicationScoped
public class PullLog {

    private final ConcurrentLinkedQueue<PullRecord> buffer = new ConcurrentLinkedQueue<>();
    private final AtomicInteger buffered = new AtomicInteger();
    private volatile long lastSealNanos = System.nanoTime();
    private final PullLogRepository pulls;
    private final PullSeals seals;
    private final CurrentVertxRequest request;
    private final Clock clock;
    private final HubConfig.Audit config;
    private final BackgroundLoop loop = new BackgroundLoop("hub-pull-log", this::run);

    public PullLog(
            PullLogRepository pulls,
            PullSeals seals,
            CurrentVertxRequest request,
            Clock clock,
            HubConfig config,
            MeterRegistry metrics) {
        metrics.gauge("hub.pull.log.buffered", buffered);
        Gauge.builder("hub.pull.log.seal.age", this, PullLog::secondsSinceSeal)
                .baseUnit("seconds")
                .strongReference(true)
                .register(metrics);
        this.pulls = pulls;
        this.seals = seals;
        this.request = request;
        this.clock = clock;
        this.config = config.audit();
    }

    /** Records a pull: the key, its organization, the collection, the endpoint, the objects sent and their range. */
    public void record(
            String keyId,
            String organizationId,
            UUID collectionId,
            String endpoint,
            int objects,
            Instant firstAdded,
            Instant lastAdded) {
        buffer.add(new PullRecord(
                null,
                clock.instant(),
                keyId,
                organizationId,
                collectionId,
                endpoint,
                objects,
                firstAdded,
                lastAdded,
                AuditSources.of(request)));
        if (buffered.incrementAndGet() >= config.pullBuffer()) {
            flush(); // the database is behind: this pull writes the buffer rather than letting it grow
        }
    }

    /** Writes every buffered record to the pull log now. */
    public synchronized void flush() {
        List<PullRecord> batch = new ArrayList<>();
        for (PullRecord r = buffer.poll(); r != null; r = buffer.poll()) {
            batch.add(r);
        }
        if (batch.isEmpty()) {
            return;
        }
        buffered.addAndGet(-batch.size());
        try {
            pulls.append(batch);
        } catch (SQLException | RuntimeException e) {
            // Kept for the next attempt, in their order, ahead of anything recorded since.
            List<PullRecord> later = new ArrayList<>(buffer);
            buffer.clear();
            buffer.addAll(batch);
            buffer.addAll(later);
            buffered.addAndGet(batch.size());
            Log.warnf("Writing %d pull records failed (%s); retrying", batch.size(), e.getMessage());
        }
    }

    /** Seconds since this instance last completed a seal round: grows without bound when sealing fails. */
    private double secondsSinceSeal() {
        return (System.nanoTime() - lastSealNanos) / 1e9;
    }

    void start(@Observes StartupEvent event) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        loop.stop();
        flush();
    }

    private void run() {
        long flushMillis = config.pullFlushInterval().toMillis();
        long sealEvery = Math.max(1, config.pullSealInterval().toMillis() / Math.max(1, flushMillis));
        for (long round = 1; loop.running(); round++) {
            try {
                Thread.sleep(flushMillis);
                flush();
                if (round % sealEvery == 0) {
                    seals.seal();
                    lastSealNanos = System.nanoTime();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (loop.running()) {
                    Log.warnf(e, "Sealing the pull log failed; retrying at the next interval");
                }
            }
        }
    }
}
