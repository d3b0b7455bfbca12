package org.advisoryhub.audit.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The result of recomputing the chain: how many events were checked and the first one that does not fit. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(boolean valid, long eventsChecked, Long firstBrokenEventId, String reason) {}
