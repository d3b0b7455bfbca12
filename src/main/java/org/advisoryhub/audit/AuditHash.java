package org.advisoryhub.audit;

import org.advisoryhub.audit.dto.AuditEvent;
import org.advisoryhub.common.ids.Sha256;

/** The hash of an event: SHA-256 over every field, separated unambiguously, and the previous event's hash. */
final class AuditHash {

    private AuditHash() {}

    static String of(AuditEvent e) {
        StringBuilder s = new StringBuilder();
        for (Object field : new Object[] {
            e.id(),
            e.at().toString(),
            e.actor(),
            e.actorKind(),
            e.organizationId(),
            e.action(),
            e.targetType(),
            e.targetId(),
            e.advisoryId(),
            e.partnerId(),
            e.details(),
            e.source(),
            e.previousHash()
        }) {
            append(s, field);
        }
        return Sha256.hex(s.toString());
    }

    /** Every field in order, length-prefixed: "a|b" + "c" never reads like "a" + "b|c". */
    static String canonical(Object... fields) {
        StringBuilder s = new StringBuilder();
        for (Object field : fields) {
            append(s, field);
        }
        return s.toString();
    }

    private static void append(StringBuilder s, Object field) {
        String value = field == null ? "" : field.toString();
        s.append(value.length()).append(':').append(value).append('|');
    }
}
