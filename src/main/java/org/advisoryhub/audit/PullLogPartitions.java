package org.advisoryhub.audit;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.advisoryhub.common.concurrent.BackgroundLoop;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.security.ActorKind;

/**
 * Keeps the pull log's monthly partitions: the current and the next month exist before records arrive, and a month
 * older than {@code hub.audit.pull-log-online-months}, once every record in it is sealed, is archived. Archiving
 * writes the month to a file, records the file's SHA-256 in the audit chain ({@code pull-log.archived}) and drops
 * the partition, all or nothing; verification then reads the sealed records of that month from the file.
 */
@ApplicationScoped
public class PullLogPartitions {

    static final String ARCHIVED = "pull-log.archived";

    private static final Duration ROUND = Duration.ofHours(1);

    private final PullPartitionRepository partitions;
    private final AuditRepository chain;
    private final AuditService audit;
    private final PullArchives archives;
    private final HubConfig.Audit config;
    private final Clock clock;
    private final BackgroundLoop loop = new BackgroundLoop("hub-pull-log-partitions", this::run);

    public PullLogPartitions(
            PullPartitionRepository partitions,
            AuditRepository chain,
            AuditService audit,
            PullArchives archives,
            HubConfig config,
            Clock clock) {
        this.partitions = partitions;
        this.chain = chain;
        this.audit = audit;
        this.archives = archives;
        this.config = config.audit();
        this.clock = clock;
    }

    void start(@Observes StartupEvent event) {
        ensureAhead(clock.instant()); // before the first pull is written
        loop.start();
    }

    void stop(@Observes ShutdownEvent event) {
        loop.stop();
    }

    /** Creates the partitions of the month of {@code now} and of the next month, where missing. */
    @Transactional
    public void ensureAhead(Instant now) {
        partitions.lock();
        YearMonth month = YearMonth.from(now.atOffset(ZoneOffset.UTC));
        for (YearMonth m : List.of(month, month.plusMonths(1))) {
            partitions.ensureMonth(start(m), start(m.plusMonths(1)), name(m));
        }
    }

    /**
     * Archives every partition that ended before the online months and is sealed throughout; returns the names of
     * those archived. A month with records not yet sealed waits for the next round.
     */
    public List<String> archiveDue(Instant now) {
        Instant cutoff = start(YearMonth.from(now.atOffset(ZoneOffset.UTC)).minusMonths(config.pullLogOnlineMonths()));
        List<String> archived = new ArrayList<>();
        for (PullPartitionRepository.Partition p : partitions.partitions()) {
            if (!p.end().isAfter(cutoff) && archive(p.name())) {
                archived.add(p.name());
            }
        }
        return archived;
    }

    /** Archives one partition if it is still there and fully sealed; a month of a busy hub takes a while to write. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @TransactionConfiguration(timeout = 3600)
    boolean archive(String partition) {
        partitions.lock();
        if (partitions.partitions().stream().noneMatch(p -> p.name().equals(partition))) {
            return false; // another instance archived it meanwhile
        }
        long lastId = partitions.maxId(partition);
        if (lastId > chain.head().pullsSealedTo()) {
            return false;
        }
        PullArchives.Written file;
        try {
            file = archives.write(partition, sink -> partitions.stream(partition, sink));
        } catch (IOException e) {
            throw new UncheckedIOException("Archiving " + partition + " failed", e);
        }
        audit.record(new AuditEntry(
                "pull-log",
                ActorKind.SYSTEM,
                null,
                ARCHIVED,
                "pull-log",
                partition,
                null,
                null,
                Map.of(
                        "partition", partition,
                        "file", file.file(),
                        "sha256", file.sha256(),
                        "records", file.records(),
                        "firstId", file.firstId(),
                        "lastId", file.lastId())));
        partitions.drop(partition);
        Log.infof("Archived %d pull records of %s to %s", file.records(), partition, file.file());
        return true;
    }

    private void run() {
        while (loop.running()) {
            try {
                Thread.sleep(ROUND.toMillis());
                ensureAhead(clock.instant());
                archiveDue(clock.instant());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (loop.running()) {
                    Log.warnf(e, "Keeping the pull log's partitions failed; retrying in %s", ROUND);
                }
            }
        }
    }

    static String name(YearMonth month) {
        return String.format("pull_log_%04d_%02d", month.getYear(), month.getMonthValue());
    }

    private static Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
