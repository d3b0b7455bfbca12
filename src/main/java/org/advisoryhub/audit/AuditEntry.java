package org.advisoryhub.audit;

import java.util.Map;
import org.advisoryhub.common.security.ActorKind;

/**
 * What happened, by whom and to what; {@code advisoryId} and {@code partnerId} make the trail searchable by advisory
 * and by partner.
 */
public record AuditEntry(
        String actor,
        ActorKind actorKind,
        String organizationId,
        String action,
        String targetType,
        String targetId,
        String advisoryId,
        String partnerId,
        Map<String, Object> details) {

    public AuditEntry {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
