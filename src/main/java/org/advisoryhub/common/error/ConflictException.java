package org.advisoryhub.common.error;

/** The request clashes with the current state (a duplicate, or a concurrent change). */
public class ConflictException extends HubException {

    private final Long currentVersion;

    public ConflictException(String message) {
        this(message, null);
    }

    public ConflictException(String message, Long currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public Long currentVersion() {
        return currentVersion;
    }

    @Override
    public String title() {
        return "Conflict";
    }
}
