package org.advisoryhub.audit.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/** One recorded event, with its place in the hash chain. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditEvent(
        long id,
        Instant at,
        String actor,
        String actorKind,
        String organizationId,
        String action,
        String targetType,
        String targetId,
        String advisoryId,
        String partnerId,
        @JsonRawValue String details,
        String source,
        String previousHash,
        String hash) {

    /** The same event sealed with its hash. */
    public AuditEvent withHash(String hash) {
        return new AuditEvent(
                id,
                at,
                actor,
                actorKind,
                organizationId,
                action,
                targetType,
                targetId,
                advisoryId,
                partnerId,
                details,
                source,
                previousHash,
                hash);
    }
}
