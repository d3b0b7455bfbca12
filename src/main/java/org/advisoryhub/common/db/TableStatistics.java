package org.advisoryhub.common.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Refreshes the planner's statistics of a table after a transaction that changed its shape (a large publication) has
 * committed, on a thread of its own: the next publication's lookups must still choose the indexes, but the publishing
 * official need not wait for it. Requests for a table already waiting for its turn coalesce.
 */
@ApplicationScoped
public class TableStatistics {

    private final AgroalDataSource dataSource;
    private final CommitNotices commits;
    private final Set<Table> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hub-table-statistics");
        t.setDaemon(true);
        return t;
    });

    public TableStatistics(AgroalDataSource dataSource, CommitNotices commits) {
        this.dataSource = dataSource;
        this.commits = commits;
    }

    /** The tables whose statistics are refreshed this way (a fixed list: their names go into SQL). */
    public enum Table {
        STIX_OBJECT("stix_object"),
        PUBLISHED_INDICATOR("published_indicator");

        private final String name;

        Table(String name) {
            this.name = name;
        }
    }

    /** Analyzes the table once the current transaction has committed; nothing if it rolls back. */
    public void refreshAfterCommit(Table table) {
        commits.onCommit(() -> {
            if (pending.add(table)) {
                runner.execute(() -> analyze(table));
            }
        });
    }

    private void analyze(Table table) {
        pending.remove(table);
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("analyze " + table.name);
        } catch (SQLException e) {
            // Only the planner's estimates are late: autovacuum analyzes the table too.
            Log.warnf("Could not analyze %s: %s", table.name, e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        runner.shutdownNow();
    }
}
