package org.advisoryhub.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.advisoryhub.audit.dto.PullRecord;
import org.advisoryhub.common.db.JdbcRows;
import org.hibernate.Session;

/** The monthly partitions of the pull log (V20): creating them ahead, finding the old ones, dropping archived ones. */
@ApplicationScoped
public class PullPartitionRepository {

    /** Serializes partition changes between instances. */
    private static final long PARTITIONS_LOCK = 0x70756c6c5f706172L;

    private final EntityManager em;

    public PullPartitionRepository(EntityManager em) {
        this.em = em;
    }

    /** A partition and the end of the time range it holds (exclusive). */
    record Partition(String name, Instant end) {}

    /** In the caller's transaction: waits until no other instance changes partitions. */
    void lock() {
        em.createNativeQuery("select pg_advisory_xact_lock(:k)")
                .setParameter("k", PARTITIONS_LOCK)
                .getSingleResult();
    }

    /** Creates the partition of the month starting at {@code start} unless it exists. */
    void ensureMonth(Instant start, Instant end, String name) {
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select to_regclass(?) is null")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("create table " + name
                    + " partition of pull_log for values from ('" + start + "') to ('" + end + "')")) {
                ps.execute();
            }
        });
    }

    /** Every partition, oldest first, with the end of its range. */
    List<Partition> partitions() {
        List<Partition> out = new ArrayList<>();
        em.unwrap(Session.class)
                .doWork(c -> JdbcRows.streamInTransaction(
                        c,
                        """
                        select child.relname as name,
                               (regexp_match(pg_get_expr(child.relpartbound, child.oid),
                                             'TO \\(''([^'']+)''\\)'))[1]::timestamptz as upper
                        from pg_inherits i join pg_class child on child.oid = i.inhrelid
                        join pg_class parent on parent.oid = i.inhparent
                        where parent.relname = 'pull_log'
                        order by 2""",
                        List.of(),
                        rs -> new Partition(rs.getString("name"), JdbcRows.instant(rs, "upper")),
                        out::add));
        return out;
    }

    /** The largest id in a partition; 0 when it is empty. */
    long maxId(String partition) {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from " + partition)
                        .getSingleResult())
                .longValue();
    }

    /** A partition's records in id order, streamed in the caller's transaction. */
    void stream(String partition, JdbcRows.Sink<PullRecord> sink) {
        em.unwrap(Session.class)
                .doWork(c -> JdbcRows.streamInTransaction(
                        c,
                        "select " + PullLogRepository.COLUMNS + " from " + partition + " order by id",
                        List.of(),
                        PullLogRepository::record,
                        sink));
    }

    /** Drops an archived partition: the one way pull records leave the database. */
    void drop(String partition) {
        em.createNativeQuery("drop table " + partition).executeUpdate();
    }
}
