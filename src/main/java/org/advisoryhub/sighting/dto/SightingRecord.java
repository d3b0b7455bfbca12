package org.advisoryhub.sighting.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** A sighting as its reporting partner sees it; {@code id} is the STIX sighting's id. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SightingRecord(
        String id,
        String indicator,
        Instant firstSeen,
        Instant lastSeen,
        long count,
        String note,
        Instant reportedAt) {}
