package org.advisoryhub.actor.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A catalog actor; {@code version} is also sent as the ETag, {@code stixId} is its intrusion-set in every feed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ActorResponse(
        UUID id,
        String name,
        List<String> aliases,
        String mitreId,
        String attributedTo,
        String description,
        String stixId,
        Instant createdAt,
        Instant updatedAt,
        String updatedBy,
        long version) {}
