package org.advisoryhub.webhook.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One delivery of one event: {@code pending} (next attempt due at {@code nextAttemptAt}), {@code delivered}, or
 * {@code failed} after the last attempt (a dead letter, which a replay sends again). {@code event} is the exact body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeliveryResponse(
        String id,
        String eventId,
        String eventType,
        String advisory,
        String status,
        int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Integer lastStatusCode,
        String lastError,
        Instant createdAt,
        Instant deliveredAt,
        String replayOf,
        JsonNode event) {}
