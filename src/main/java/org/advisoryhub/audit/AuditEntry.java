package org.advisoryhub.audit;

import java.util.Map;

/**
 * What happened, by whom and to what. {@code actorKind} is {@code official}, {@code partner} or {@code system};
 * {@code advisoryId} and {@code partnerId} make the trail searchable by advisory and by partner.
 */
public record AuditEntry(String actor, String actorKind, String organizationId, String action, String targetType,
        String targetId, String advisoryId, String partnerId, Map<String, Object> details) {

    public AuditEntry {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
