package org.advisoryhub.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.advisoryhub.audit.dto.AuditEvent;
import org.advisoryhub.common.db.JdbcRows;
import org.advisoryhub.common.db.NewestFirst;
import org.hibernate.Session;

/**
 * The audit trail's tables: the append-only events and the chain head, the single row that serializes appends so
 * that each event's hash covers its predecessor's. Plain JDBC on the ORM's connection, inside the caller's transaction.
 */
@ApplicationScoped
public class AuditRepository {

    /** The last event of the chain (its id and hash) and how far the pull log is sealed into it. */
    record ChainHead(long lastId, String lastHash, long pullsSealedTo) {}

    /** Builds the event to append from the head it follows. */
    interface NextEvent {
        AuditEvent after(ChainHead head);
    }

    /** The action of the events that seal pull-log ranges into the chain. */
    static final String PULLS_SEALED = "pull-log.sealed";

    /** The seal events, as the partial index on them is written (a constant, so that every plan can use it). */
    private static final String IS_SEAL = "action = '" + PULLS_SEALED + "'";

    private final EntityManager em;

    public AuditRepository(EntityManager em) {
        this.em = em;
    }

    /** Locks the chain head, appends the event built after it, and moves the head on. */
    void append(NextEvent next) {
        append(next, null);
    }

    /** The same, for a seal event: the head also records that the pull log is sealed up to {@code pullsSealedTo}. */
    void append(NextEvent next, Long pullsSealedTo) {
        em.unwrap(Session.class).doWork(c -> {
            ChainHead head = head(c, " for update");
            AuditEvent event = next.after(head);
            insert(c, event);
            try (PreparedStatement ps = c.prepareStatement(
                    "update audit_chain set last_id = ?, last_hash = ?, pulls_sealed_to = ? where id = 1")) {
                ps.setLong(1, event.id());
                ps.setString(2, event.hash());
                ps.setLong(3, pullsSealedTo == null ? head.pullsSealedTo() : pullsSealedTo);
                ps.executeUpdate();
            }
        });
    }

    /** The events that sealed pull-log ranges, in chain order, streamed. */
    void streamSeals(long afterEvent, JdbcRows.Sink<AuditEvent> sink) {
        em.unwrap(Session.class)
                .doWork(c -> JdbcRows.streamInTransaction(
                        c,
                        "select * from audit_event where " + IS_SEAL + " and id > ? order by id",
                        List.of(afterEvent),
                        AuditRepository::event,
                        sink));
    }

    /** The events that archived months of the pull log, in chain order (a few a year). */
    List<AuditEvent> archives() {
        return list("select * from audit_event where action = ? order by id", List.of(PullLogPartitions.ARCHIVED));
    }

    /** The last seal event at or before {@code eventId}, if there is one. */
    Optional<AuditEvent> lastSealUpTo(long eventId) {
        return first(
                "select * from audit_event where " + IS_SEAL + " and id <= ? order by id desc limit 1",
                List.of(eventId));
    }

    /** One event. */
    Optional<AuditEvent> find(long id) {
        return first("select * from audit_event where id = ?", List.of(id));
    }

    private Optional<AuditEvent> first(String sql, List<Object> params) {
        return list(sql, params).stream().findFirst();
    }

    /** A short result: events read into a list in the caller's transaction. */
    private List<AuditEvent> list(String sql, List<Object> params) {
        List<AuditEvent> found = new ArrayList<>();
        em.unwrap(Session.class)
                .doWork(c -> JdbcRows.streamInTransaction(c, sql, params, AuditRepository::event, found::add));
        return found;
    }

    /** The chain head as committed now. */
    ChainHead head() {
        return em.unwrap(Session.class).doReturningWork(c -> head(c, ""));
    }

    /** Every event after {@code afterEvent} in chain order, streamed. */
    void streamInOrder(long afterEvent, JdbcRows.Sink<AuditEvent> sink) {
        em.unwrap(Session.class)
                .doWork(c -> JdbcRows.streamInTransaction(
                        c,
                        "select * from audit_event where id > ? order by id",
                        List.of(afterEvent),
                        AuditRepository::event,
                        sink));
    }

    /** Events matching the filter, newest first. */
    List<AuditEvent> search(AuditFilter f) {
        return new NewestFirst("select * from audit_event")
                .and("actor = ?", f.actor())
                .and("advisory_id = ?", f.advisoryId())
                .and("partner_id = ?", f.partnerId())
                .and("action = ?", f.action())
                .and("at >= ?", f.from())
                .and("at < ?", f.to())
                .and("id < ?", f.beforeId())
                .list(em, f.limit(), AuditRepository::event);
    }

    private static ChainHead head(Connection c, String lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                        "select last_id, last_hash, pulls_sealed_to from audit_chain where id = 1" + lock);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new ChainHead(rs.getLong("last_id"), rs.getString("last_hash"), rs.getLong("pulls_sealed_to"));
        }
    }

    private static void insert(Connection c, AuditEvent e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into audit_event (id, at, actor, actor_kind, organization_id, action, target_type, target_id,
                    advisory_id, partner_id, details, source, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, e.id());
            ps.setObject(2, OffsetDateTime.ofInstant(e.at(), ZoneOffset.UTC));
            ps.setString(3, e.actor());
            ps.setString(4, e.actorKind());
            ps.setString(5, e.organizationId());
            ps.setString(6, e.action());
            ps.setString(7, e.targetType());
            ps.setString(8, e.targetId());
            ps.setString(9, e.advisoryId());
            ps.setString(10, e.partnerId());
            ps.setString(11, e.details());
            ps.setString(12, e.source());
            ps.setString(13, e.previousHash());
            ps.setString(14, e.hash());
            ps.executeUpdate();
        }
    }

    private static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(
                rs.getLong("id"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("actor_kind"),
                rs.getString("organization_id"),
                rs.getString("action"),
                rs.getString("target_type"),
                rs.getString("target_id"),
                rs.getString("advisory_id"),
                rs.getString("partner_id"),
                rs.getString("details"),
                rs.getString("source"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }
}
