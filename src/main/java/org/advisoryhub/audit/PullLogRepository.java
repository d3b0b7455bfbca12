package org.advisoryhub.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.advisoryhub.audit.dto.PullRecord;
import org.advisoryhub.common.db.CopyText;
import org.advisoryhub.common.db.JdbcRows;
import org.advisoryhub.common.db.NewestFirst;
import org.hibernate.Session;

/**
 * The pull log. Writers append batches under a shared advisory lock and the sealer takes it exclusively: once the
 * sealer holds it, every id up to the largest one it sees belongs to a committed (or abandoned) batch, so a sealed
 * range can never gain a record later. Writers never wait for each other, and never for the audit chain.
 */
@ApplicationScoped
public class PullLogRepository {

    /** The advisory lock between appending batches (shared) and sealing them (exclusive). */
    private static final long SEAL_LOCK = 0x70756c6c5f6c6f67L;

    static final String COLUMNS =
            "id, at, key_id, organization_id, collection_id, endpoint, objects, first_added, last_added, source";

    private final AgroalDataSource dataSource;
    private final EntityManager em;

    public PullLogRepository(AgroalDataSource dataSource, EntityManager em) {
        this.dataSource = dataSource;
        this.em = em;
    }

    /**
     * Appends records in one batch, on a connection of its own, with {@code COPY}: a busy hub writes thousands of
     * records a second, and the writer must keep up while the request threads hold the cores.
     */
    void append(List<PullRecord> records) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock_shared(?)")) {
                lock.setLong(1, SEAL_LOCK);
                lock.execute();
                try (CopyText copy = CopyText.start(
                        c,
                        "copy pull_log (at, key_id, organization_id, collection_id,"
                                + " endpoint, objects, first_added, last_added, source) from stdin")) {
                    for (PullRecord r : records) {
                        copy.field(r.at())
                                .field(r.keyId())
                                .field(r.organizationId())
                                .field(
                                        r.collectionId() == null
                                                ? null
                                                : r.collectionId().toString())
                                .field(r.endpoint())
                                .field(Integer.toString(r.objects()))
                                .field(r.firstAdded())
                                .field(r.lastAdded())
                                .field(r.source());
                        copy.endRow();
                    }
                    copy.finish();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /**
     * In the caller's transaction: waits for batches being appended, then answers the largest id stored. Every record
     * up to it is committed; later batches wait until the transaction ends.
     */
    long lockAndReadLastId() {
        em.createNativeQuery("select pg_advisory_xact_lock(:k)")
                .setParameter("k", SEAL_LOCK)
                .getSingleResult();
        Number last = (Number) em.createNativeQuery("select coalesce(max(id), 0) from pull_log")
                .getSingleResult();
        return last.longValue();
    }

    /** The records with ids in {@code (after, upTo]}, in id order, streamed in the caller's transaction. */
    void streamRange(long after, long upTo, JdbcRows.Sink<PullRecord> sink) {
        em.unwrap(Session.class)
                .doWork(c -> JdbcRows.streamInTransaction(
                        c,
                        "select " + COLUMNS + " from pull_log where id > ? and id <= ? order by id",
                        List.of(after, upTo),
                        PullLogRepository::record,
                        sink));
    }

    /** Records matching the filter, newest first (keyset on id). */
    List<PullRecord> search(PullFilter f) {
        return new NewestFirst("select " + COLUMNS + " from pull_log")
                .and("key_id = ?", f.keyId())
                .and("organization_id = ?", f.organizationId())
                .and("collection_id = ?", f.collectionId())
                .and("endpoint = ?", f.endpoint())
                .and("at >= ?", f.from())
                .and("at < ?", f.to())
                .and("id < ?", f.beforeId())
                .list(em, f.limit(), PullLogRepository::record);
    }

    /** How many records are not sealed yet. */
    long countAfter(long id) {
        return ((Number) em.createNativeQuery("select count(*) from pull_log where id > :id")
                        .setParameter("id", id)
                        .getSingleResult())
                .longValue();
    }

    static PullRecord record(ResultSet rs) throws SQLException {
        return new PullRecord(
                rs.getLong("id"),
                JdbcRows.instant(rs, "at"),
                rs.getString("key_id"),
                rs.getString("organization_id"),
                rs.getObject("collection_id", UUID.class),
                rs.getString("endpoint"),
                rs.getInt("objects"),
                JdbcRows.instant(rs, "first_added"),
                JdbcRows.instant(rs, "last_added"),
                rs.getString("source"));
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : OffsetDateTime.ofInstant(t, ZoneOffset.UTC);
    }
}
