package org.advisoryhub.intake.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;
import org.advisoryhub.indicator.dto.BulkItemResult;

/**
 * One indicator the bundle gives: the source object and pattern, the value as the hub reads it, and what happens to it
 * ({@code status} as for a bulk add: ADDED, MERGED with the same value already in the advisory, DUPLICATE of an
 * earlier item, or INVALID with the field and reason). {@code publishedIn} lists the other published advisories the
 * reader may see that already carry the value.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntakeItem(
        int index,
        String objectId,
        String pattern,
        String tlp,
        String kind,
        String value,
        String platform,
        String normalized,
        BulkItemResult.Status status,
        UUID indicatorId,
        String field,
        String reason,
        String createdBy,
        List<String> publishedIn) {}
