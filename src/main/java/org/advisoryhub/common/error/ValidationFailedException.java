package org.advisoryhub.common.error;

import java.util.List;

/** Input broke one or more rules; every violation is reported, not just the first. */
public class ValidationFailedException extends HubException {

    private final List<Violation> violations;

    public ValidationFailedException(String message, List<Violation> violations) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    public static ValidationFailedException of(String field, String message) {
        return new ValidationFailedException(message, List.of(Violation.of(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public String title() {
        return "Invalid request";
    }
}
