package org.advisoryhub.audit.dto;

import java.time.Instant;
import java.util.UUID;

/**
 * One partner pull: which key of which organization read which collection through which endpoint, how many objects
 * it was sent and the {@code date_added} range they came from, when and from where. {@code id} is null until stored.
 */
public record PullRecord(
        Long id,
        Instant at,
        String keyId,
        String organizationId,
        UUID collectionId,
        String endpoint,
        int objects,
        Instant firstAdded,
        Instant lastAdded,
        String source) {}
