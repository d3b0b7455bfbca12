package org.advisoryhub.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.advisoryhub.support.HubTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A table's statistics are refreshed after a commit that asked for it, and never after a rollback. */
@HubTest
class TableStatisticsTest {

    @Inject
    TableStatistics statistics;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldAnalyzeTheTableOnceTheTransactionCommits() throws Exception {
        long before = analyses();
        QuarkusTransaction.requiringNew().run(() -> statistics.refreshAfterCommit(TableStatistics.Table.STIX_OBJECT));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> analyses() > before);
    }

    @Test
    void shouldNotAnalyzeAfterARollback() throws Exception {
        long before = analyses();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
                    statistics.refreshAfterCommit(TableStatistics.Table.STIX_OBJECT);
                    throw new IllegalStateException("the publication fails after asking");
                }))
                .hasMessage("the publication fails after asking");
        // The commit case shows an analysis counted within a second or two; give this one as long.
        Thread.sleep(3_000);
        assertThat(analyses()).isEqualTo(before);
    }

    /** Manual analyses only: autovacuum's are counted apart. */
    private long analyses() throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("select pg_stat_clear_snapshot()");
            try (ResultSet rs =
                    s.executeQuery("select analyze_count from pg_stat_user_tables where relname = 'stix_object'")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
