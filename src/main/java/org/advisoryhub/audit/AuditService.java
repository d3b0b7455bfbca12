package org.advisoryhub.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Keyset;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.ActorKind;
import org.hibernate.Session;

/**
 * The append-only, hash-chained audit trail. Events are written in the transaction of what they record, so an
 * action and its event commit or roll back together.
 */
@ApplicationScoped
public class AuditService {

    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private final EntityManager em;
    private final CurrentVertxRequest request;
    private final Clock clock;

    public AuditService(EntityManager em, CurrentVertxRequest request, Clock clock) {
        this.em = em;
        this.request = request;
        this.clock = clock;
    }

    /** Records what an official, or the hub acting on its own, did (the actor's kind says which). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void official(Actor actor, String action, String targetType, String targetId, String advisoryId,
            java.util.Map<String, Object> details) {
        record(new AuditEntry(actor.username(), actor.kind(), actor.organizationId(), action, targetType, targetId, advisoryId,
                null, details));
    }

    /**
     * Records that failed sign-ins made an account or a source wait, in a transaction of its own: the failed
     * attempt itself has none, and its refusal must not undo the record.
     */
    public void signInThrottled(ActorKind actorKind, String targetType, String subject, String source, int failures,
            long retryAfterSeconds, String throttled) {
        QuarkusTransaction.requiringNew().run(() -> record(new AuditEntry(subject, actorKind, null, "sign-in.throttled",
                targetType, subject, null, null, Map.of("source", source, "failures", failures,
                        "retryAfterSeconds", retryAfterSeconds, "subject", throttled))));
    }

    /** Appends one event to the chain. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEntry entry) {
        String details = json(entry.details());
        String source = source();
        Instant at = clock.instant();
        em.unwrap(Session.class).doWork(c -> {
            long id;
            String previous;
            try (PreparedStatement ps = c.prepareStatement("select last_id, last_hash from audit_chain where id = 1 for update");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong("last_id") + 1;
                previous = rs.getString("last_hash");
            }
            AuditEvent event = new AuditEvent(id, at, entry.actor(), entry.actorKind().label(), entry.organizationId(),
                    entry.action(), entry.targetType(), entry.targetId(), entry.advisoryId(), entry.partnerId(), details,
                    source, previous, null);
            String hash = AuditHash.of(event);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into audit_event (id, at, actor, actor_kind, organization_id, action, target_type, target_id,
                        advisory_id, partner_id, details, source, previous_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                ps.setLong(1, id);
                ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                ps.setString(3, entry.actor());
                ps.setString(4, entry.actorKind().label());
                ps.setString(5, entry.organizationId());
                ps.setString(6, entry.action());
                ps.setString(7, entry.targetType());
                ps.setString(8, entry.targetId());
                ps.setString(9, entry.advisoryId());
                ps.setString(10, entry.partnerId());
                ps.setString(11, details);
                ps.setString(12, source);
                ps.setString(13, previous);
                ps.setString(14, hash);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("update audit_chain set last_id = ?, last_hash = ? where id = 1")) {
                ps.setLong(1, id);
                ps.setString(2, hash);
                ps.executeUpdate();
            }
        });
    }

    /** Recomputes every hash in order and reports the first event that does not fit its predecessor. */
    @Transactional
    public AuditVerification verify() {
        AuditVerification[] result = new AuditVerification[1];
        em.unwrap(Session.class).doWork(c -> {
            long checked = 0;
            String previous = "0".repeat(64);
            long expectedId = 1;
            try (PreparedStatement ps = c.prepareStatement("select * from audit_event order by id")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditEvent e = AuditQueries.event(rs);
                        String problem = e.id() != expectedId ? "event " + expectedId + " is missing"
                                : !e.previousHash().equals(previous) ? "does not point at the previous event's hash"
                                : !AuditHash.of(e).equals(e.hash()) ? "its content does not match its hash" : null;
                        if (problem != null) {
                            result[0] = new AuditVerification(false, checked, e.id() != expectedId ? expectedId : e.id(), problem);
                            return;
                        }
                        previous = e.hash();
                        expectedId++;
                        checked++;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select last_id, last_hash from audit_chain where id = 1");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong("last_id") != checked || !rs.getString("last_hash").equals(previous)) {
                    result[0] = new AuditVerification(false, checked, checked + 1, "events at the end of the chain are missing");
                    return;
                }
            }
            result[0] = new AuditVerification(true, checked, null, null);
        });
        return result[0];
    }

    /** Events matching the filters, newest first, keyset-paged by id. */
    @Transactional
    public Page<AuditEvent> search(AuditQueries.Filter filter) {
        return Keyset.page(filter.limit(), n -> {
            List<AuditEvent> events = new ArrayList<>();
            em.unwrap(Session.class).doWork(c -> events.addAll(AuditQueries.search(c, filter.reading(n))));
            return events;
        }, e -> Cursor.after(e.id()), e -> e);
    }

    private String source() {
        try {
            var current = request.getCurrent();
            if (current == null || current.request().remoteAddress() == null) {
                return null;
            }
            return current.request().remoteAddress().hostAddress();
        } catch (RuntimeException e) {
            // Outside an HTTP request (start-up import): no source address.
            return null;
        }
    }

    private static String json(java.util.Map<String, Object> details) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(details));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
