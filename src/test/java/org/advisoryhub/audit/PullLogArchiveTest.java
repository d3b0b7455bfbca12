package org.advisoryhub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.advisoryhub.audit.dto.AuditVerification;
import org.advisoryhub.audit.dto.PullRecord;
import org.advisoryhub.support.HubTest;
import org.junit.jupiter.api.Test;

/**
 * The pull log is partitioned by month (V20). A month past the online months, once sealed, is archived to a file
 * whose digest the chain records, and its partition dropped; verification reads the archived records from the file
 * and finds a file that is missing or was changed.
 */
@HubTest
class PullLogArchiveTest {

    private static final Path ARCHIVES = Path.of("target/pull-log-archive");

    @Inject
    PullLogPartitions partitions;

    @Inject
    PullLogRepository pulls;

    @Inject
    PullSeals seals;

    @Inject
    AuditService audit;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    org.advisoryhub.common.config.HubConfig config;

    @Test
    void shouldKeepTheCurrentAndTheNextMonthReady() throws Exception {
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        partitions.ensureAhead(Instant.now());
        assertThat(partitionNames())
                .contains(PullLogPartitions.name(now), PullLogPartitions.name(now.plusMonths(1)), "pull_log_history");

        YearMonth later = now.plusMonths(5);
        partitions.ensureAhead(later.atDay(3).atStartOfDay().toInstant(ZoneOffset.UTC));
        partitions.ensureAhead(later.atDay(3).atStartOfDay().toInstant(ZoneOffset.UTC)); // twice is fine
        assertThat(partitionNames())
                .contains(PullLogPartitions.name(later), PullLogPartitions.name(later.plusMonths(1)));
    }

    @Test
    void shouldArchiveASealedOldMonthAndVerifyItsRecordsFromTheFile() throws Exception {
        // Records of a month before the hub's first: they live in the history partition (V20).
        List<PullRecord> old = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            old.add(new PullRecord(
                    null,
                    Instant.parse("2024-03-0" + (i + 1) + "T10:00:00.123456Z"),
                    "key-archive-" + i,
                    "test-archive",
                    UUID.randomUUID(),
                    "objects",
                    i,
                    i == 0 ? null : Instant.parse("2024-02-01T00:00:00Z"),
                    i == 0 ? null : Instant.parse("2024-02-02T00:00:00.000001Z"),
                    i == 3 ? null : "198.51.100." + i + " \"quoted\"\ttab"));
        }
        pulls.append(old);

        assertThat(partitions.archiveDue(Instant.now()))
                .as("nothing is archived while the history is within the online months")
                .doesNotContain("pull_log_history");
        // The first day on which the months before this one are past the online months.
        Instant farFuture = YearMonth.now(ZoneOffset.UTC)
                .plusMonths(config.audit().pullLogOnlineMonths())
                .atDay(2)
                .atStartOfDay()
                .toInstant(ZoneOffset.UTC);
        long unsealed = countIn("pull_log_history");
        assertThat(unsealed).isGreaterThanOrEqualTo(5);
        seals.seal();
        assertThat(partitions.archiveDue(farFuture)).containsExactly("pull_log_history");

        assertThat(partitionNames()).doesNotContain("pull_log_history");
        Path file = ARCHIVES.resolve("pull_log_history.jsonl.gz");
        assertThat(file).exists();
        try (var in = new GZIPInputStream(Files.newInputStream(file))) {
            String lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(lines.lines()).hasSize((int) unsealed);
            assertThat(lines).contains("key-archive-4");
        }
        AuditVerification verified = audit.verify();
        assertThat(verified.valid()).as(verified.reason()).isTrue();
        assertThat(verified.pullRecordsSealed()).isGreaterThanOrEqualTo(unsealed);

        byte[] archived = Files.readAllBytes(file);
        try {
            Files.delete(file);
            AuditVerification missing = audit.verify();
            assertThat(missing.valid()).isFalse();
            assertThat(missing.reason()).contains("pull_log_history.jsonl.gz is missing");

            byte[] changed = archived.clone();
            changed[changed.length / 2] ^= 1;
            Files.write(file, changed);
            AuditVerification tampered = audit.verify();
            assertThat(tampered.valid()).isFalse();
            assertThat(tampered.reason()).contains("was changed after it was archived");
            assertThat(tampered.firstBrokenEventId()).isEqualTo(missing.firstBrokenEventId());
        } finally {
            Files.write(file, archived);
        }
        assertThat(audit.verify().valid()).isTrue();
        assertThat(partitions.archiveDue(farFuture)).as("archived once").isEmpty();
    }

    private List<String> partitionNames() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select c.relname from pg_inherits i join pg_class c on c.oid ="
                        + " i.inhrelid join pg_class p on p.oid = i.inhparent where p.relname = 'pull_log'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private long countIn(String partition) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + partition)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
