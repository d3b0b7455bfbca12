package org.advisoryhub.common.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.common.concurrent.BackgroundLoop;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * One LISTEN connection per instance for every {@link NotificationHandler}: it listens first and only then tells
 * each handler it is listening (so nothing committed in between is missed), then hands over notifications as
 * they arrive, at most {@value #POLL_MILLIS} ms late. After a lost connection it listens again.
 */
@ApplicationScoped
public class DatabaseNotifications {

    private static final int POLL_MILLIS = 250;

    private final AgroalDataSource dataSource;
    private final List<NotificationHandler> handlers;
    private final BackgroundLoop loop = new BackgroundLoop("hub-notifications", this::run);

    public DatabaseNotifications(AgroalDataSource dataSource, Instance<NotificationHandler> handlers) {
        this.dataSource = dataSource;
        this.handlers = handlers.stream().toList();
    }

    void start(@Observes StartupEvent event) {
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        loop.stop();
    }

    private void run() {
        while (loop.running()) {
            try (Connection c = dataSource.getConnection()) {
                listen(c);
            } catch (SQLException e) {
                if (loop.running()) {
                    Log.warnf("Lost the database connection for notifications (%s); reconnecting", e.getMessage());
                    pause();
                }
            } catch (RuntimeException e) {
                if (loop.running()) {
                    // A fault of a handler, not of the connection: its trace says where. Listening again reloads.
                    Log.errorf(e, "Handling a database notification failed; listening again");
                    pause();
                }
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (NotificationHandler h : handlers) {
                s.execute("LISTEN " + h.channel());
            }
        }
        for (NotificationHandler h : handlers) {
            h.listening(c);
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        while (loop.running()) {
            PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
            if (notifications != null && notifications.length > 0) {
                dispatch(c, notifications);
            }
        }
    }

    private void dispatch(Connection c, PGNotification[] notifications) throws SQLException {
        Map<String, Set<String>> byChannel = new LinkedHashMap<>();
        for (PGNotification n : notifications) {
            byChannel.computeIfAbsent(n.getName(), k -> new LinkedHashSet<>()).add(n.getParameter());
        }
        for (NotificationHandler h : handlers) {
            Set<String> payloads = byChannel.get(h.channel());
            if (payloads != null) {
                h.notified(c, payloads);
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
