package org.advisoryhub.intake.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A value partners gave that the advisory does not have yet: from an indicator a partner submitted ({@code INDICATOR})
 * or an observable a partner reported seeing with one of the advisory's indicators ({@code SIGHTING}). {@code key}
 * picks it. {@code tlp} is the level the partner marked it with (AMBER when unmarked); a value above the advisory's
 * level cannot be picked ({@code allowed} false, with the reason) until the advisory is raised.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubmissionChoice(
        String key,
        Source source,
        String partner,
        String objectId,
        String kind,
        String value,
        String platform,
        String normalized,
        String tlp,
        Instant submittedAt,
        boolean allowed,
        String reason) {

    public enum Source {
        INDICATOR,
        SIGHTING
    }
}
