package org.advisoryhub.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** SQL of the audit trail's reads. */
public final class AuditQueries {

    /** Filters of an audit search; null means any. {@code beforeId} is the keyset position, {@code limit} the rows to read. */
    public record Filter(String actor, String advisoryId, String partnerId, String action, Instant from, Instant to,
            Long beforeId, int limit) {

        /** The same filter reading {@code rows} rows (keyset paging reads one more than a page). */
        Filter reading(int rows) {
            return new Filter(actor, advisoryId, partnerId, action, from, to, beforeId, rows);
        }
    }

    private AuditQueries() {
    }

    static List<AuditEvent> search(Connection c, Filter f) throws SQLException {
        StringBuilder sql = new StringBuilder("select * from audit_event where true");
        List<Object> params = new ArrayList<>();
        add(sql, params, " and actor = ?", f.actor());
        add(sql, params, " and advisory_id = ?", f.advisoryId());
        add(sql, params, " and partner_id = ?", f.partnerId());
        add(sql, params, " and action = ?", f.action());
        add(sql, params, " and at >= ?", f.from() == null ? null : OffsetDateTime.ofInstant(f.from(), ZoneOffset.UTC));
        add(sql, params, " and at < ?", f.to() == null ? null : OffsetDateTime.ofInstant(f.to(), ZoneOffset.UTC));
        add(sql, params, " and id < ?", f.beforeId());
        sql.append(" order by id desc limit ?");
        params.add(f.limit());
        List<AuditEvent> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(event(rs));
                }
            }
        }
        return out;
    }

    static AuditEvent event(ResultSet rs) throws SQLException {
        return new AuditEvent(rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("actor_kind"), rs.getString("organization_id"), rs.getString("action"),
                rs.getString("target_type"), rs.getString("target_id"), rs.getString("advisory_id"),
                rs.getString("partner_id"), rs.getString("details"), rs.getString("source"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static void add(StringBuilder sql, List<Object> params, String clause, Object value) {
        if (value != null) {
            sql.append(clause);
            params.add(value);
        }
    }
}
