package org.advisoryhub.common.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One bad field or item. {@code field} is a JSON-path-like pointer into the request
 * ({@code title}, {@code items[3].value}); {@code line} is set for pasted text and CSV input.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Violation(String field, String message, Integer line, String value) {

    public static Violation of(String field, String message) {
        return new Violation(field, message, null, null);
    }
}
