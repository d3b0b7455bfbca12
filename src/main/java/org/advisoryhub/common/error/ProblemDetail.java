package org.advisoryhub.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details, plus {@code violations} for input errors and {@code currentVersion} for conflicts. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemDetail(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<Violation> violations,
        Long currentVersion,
        String errorId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
