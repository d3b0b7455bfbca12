package org.advisoryhub.screening;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps the screening index current on every instance: it LISTENs on {@link ScreeningNotifier#CHANNEL}, loads
 * everything once listening (so nothing committed in between is missed), then reloads each advisory it is told
 * about. After a lost connection it listens again and reloads everything.
 */
@ApplicationScoped
public class ScreeningListener {

    private static final int POLL_MILLIS = 500;

    private final AgroalDataSource dataSource;
    private final ScreeningLoader loader;
    private final ScreeningIndex index;
    private volatile boolean running;
    private Thread thread;

    public ScreeningListener(AgroalDataSource dataSource, ScreeningLoader loader, ScreeningIndex index) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.index = index;
    }

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::run, "hub-screening-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        while (running) {
            try (Connection c = dataSource.getConnection()) {
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    Log.warnf("Screening index lost its database connection (%s); reconnecting", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN " + ScreeningNotifier.CHANNEL);
        }
        reloadAll(c);
        PGConnection pg = c.unwrap(PGConnection.class);
        while (running) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications == null || notifications.length == 0) {
                continue;
            }
            Set<String> payloads = new LinkedHashSet<>();
            for (PGNotification n : notifications) {
                payloads.add(n.getParameter());
            }
            apply(c, payloads);
        }
    }

    private void apply(Connection c, Set<String> payloads) throws SQLException {
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
            index.replace(advisory, loader.load(c, advisory));
        }
    }

    private void reloadAll(Connection c) throws SQLException {
        long start = System.nanoTime();
        index.replaceAll(loader.loadAll(c));
        Log.infof("Screening index loaded: %,d values in %d ms", index.size(), (System.nanoTime() - start) / 1_000_000);
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
