package org.advisoryhub.indicator.validation;

/** Why one indicator value was refused; {@code field} names the input field at fault. */
public class InvalidIndicatorException extends RuntimeException {

    private final String field;

    public InvalidIndicatorException(String field, String reason) {
        super(reason, null, false, false);
        this.field = field;
    }

    public InvalidIndicatorException(String reason) {
        this("value", reason);
    }

    public String field() {
        return field;
    }
}
