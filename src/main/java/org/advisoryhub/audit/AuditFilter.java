package org.advisoryhub.audit;

import java.time.Instant;

/** Filters of an audit search; null means any. {@code beforeId} is the keyset position, {@code limit} the rows to read. */
public record AuditFilter(
        String actor,
        String advisoryId,
        String partnerId,
        String action,
        Instant from,
        Instant to,
        Long beforeId,
        int limit) {

    /** Every kind of event, newest first. */
    public static AuditFilter newest(int limit) {
        return new AuditFilter(null, null, null, null, null, null, null, limit);
    }

    /** The same filter reading {@code rows} rows (keyset paging reads one more than a page). */
    AuditFilter reading(int rows) {
        return new AuditFilter(actor, advisoryId, partnerId, action, from, to, beforeId, rows);
    }
}
