package org.advisoryhub.screening;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import org.advisoryhub.common.db.NotificationHandler;

/**
 * Keeps the screening index current on every instance: it loads everything once listening on
 * {@link ScreeningNotifier#CHANNEL}, then reloads each advisory it is told about, and everything again after a
 * lost connection.
 */
@ApplicationScoped
public class ScreeningListener implements NotificationHandler {

    private final ScreeningLoader loader;
    private final ScreeningIndex index;

    private final Timer reloads;

    public ScreeningListener(ScreeningLoader loader, ScreeningIndex index, MeterRegistry metrics) {
        this.loader = loader;
        this.index = index;
        Gauge.builder("hub.screening.index.values", index, ScreeningIndex::size)
                .strongReference(true)
                .register(metrics);
        this.reloads = metrics.timer("hub.screening.index.reload");
    }

    @Override
    public String channel() {
        return ScreeningNotifier.CHANNEL;
    }

    @Override
    public void listening(Connection c) throws SQLException {
        reloadAll(c);
    }

    @Override
    public void notified(Connection c, Set<String> payloads) throws SQLException {
        if (payloads.contains(ScreeningNotifier.EVERYTHING)) {
            reloadAll(c);
            return;
        }
        for (String payload : payloads) {
            UUID advisory;
            try {
                advisory = UUID.fromString(payload);
            } catch (IllegalArgumentException e) {
                Log.warnf("Ignoring screening notification '%s'", payload);
                continue;
            }
            refresh(c, advisory);
        }
    }

    /**
     * Brings one advisory up to date: an amendment or withdrawal of an advisory the index holds by what changed since
     * the revision it holds, anything else (a first publication, an advisory gone) by reloading it.
     */
    private void refresh(Connection c, UUID advisory) throws SQLException {
        IndexedAdvisory held = index.held(advisory);
        PublishedAdvisory head = loader.head(c, advisory);
        if (held == null || head == null || head.revision() < held.current().revision()) {
            index.replace(advisory, loader.load(c, advisory));
        } else {
            index.update(held, head, loader.changes(c, held, head));
        }
    }

    private void reloadAll(Connection c) throws SQLException {
        long start = System.nanoTime();
        index.replaceAll(loader.loadAll(c));
        reloads.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        Log.infof("Screening index loaded: %,d values in %d ms", index.size(), (System.nanoTime() - start) / 1_000_000);
    }
}
