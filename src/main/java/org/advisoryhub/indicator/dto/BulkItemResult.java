package org.advisoryhub.indicator.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/** What happened (or would happen) to one submitted item. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BulkItemResult(
        int index,
        Integer line,
        String input,
        Status status,
        String kind,
        String chain,
        String platform,
        String normalized,
        UUID indicatorId,
        Integer duplicateOf,
        String field,
        String reason) {

    public enum Status {
        /** New in this advisory. */
        ADDED,
        /** Already in the advisory under the same normalized value; empty fields were filled in. */
        MERGED,
        /** Repeats an earlier item of the same request. */
        DUPLICATE,
        /** Refused; see field and reason. */
        INVALID
    }
}
