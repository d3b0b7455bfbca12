package org.advisoryhub.audit.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of recomputing the chain: how many events were checked and the first one that does not fit (an event,
 * or a seal whose pull records changed); how many pull records are sealed, and how many wait for the next seal. A check
 * from a checkpoint names it ({@code fromEventId}) and counts only what came after it. A valid chain ends at
 * {@code lastEventId} with {@code lastHash}: the checkpoint to keep for the next check.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(
        boolean valid,
        long eventsChecked,
        Long firstBrokenEventId,
        String reason,
        Long pullRecordsSealed,
        Long pullRecordsUnsealed,
        Long fromEventId,
        Long lastEventId,
        String lastHash) {

    /** A chain found broken, before the pull log is checked. */
    public static AuditVerification ofChain(
            boolean valid, long eventsChecked, Long firstBrokenEventId, String reason, Long fromEventId) {
        return new AuditVerification(
                valid, eventsChecked, firstBrokenEventId, reason, null, null, fromEventId, null, null);
    }
}
