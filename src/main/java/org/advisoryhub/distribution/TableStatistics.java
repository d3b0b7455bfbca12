package org.advisoryhub.distribution;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.advisoryhub.common.db.CommitNotices;

/**
 * Refreshes the planner's statistics of the distribution table after a large publication has committed, on a thread
 * of its own: the next publication's lookups by id must still choose the indexes, but the publishing official need not
 * wait for it. Requests made while one runs coalesce into one more run.
 */
@ApplicationScoped
public class TableStatistics {

    private final AgroalDataSource dataSource;
    private final CommitNotices commits;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hub-table-statistics");
        t.setDaemon(true);
        return t;
    });

    public TableStatistics(AgroalDataSource dataSource, CommitNotices commits) {
        this.dataSource = dataSource;
        this.commits = commits;
    }

    /** Analyzes the distribution table once the current transaction has committed. */
    void refreshAfterCommit() {
        commits.onCommit(() -> {
            if (pending.compareAndSet(false, true)) {
                runner.execute(this::analyze);
            }
        });
    }

    private void analyze() {
        pending.set(false);
        try (Connection c = dataSource.getConnection();
                Statement st = c.createStatement()) {
            st.execute("analyze stix_object");
        } catch (SQLException e) {
            // Only the planner's estimates are late: autovacuum analyzes the table too.
            Log.warnf("Could not analyze the distribution table: %s", e.getMessage());
        }
    }

    void stop(@Observes ShutdownEvent event) {
        runner.shutdownNow();
    }
}
