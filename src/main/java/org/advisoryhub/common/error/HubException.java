package org.advisoryhub.common.error;

/** Root of every domain error; the {@link ErrorMapper} turns each subclass into one HTTP status. */
public abstract class HubException extends RuntimeException {

    protected HubException(String message) {
        super(message);
    }

    /** A short, stable, human-readable title for the problem type. */
    public abstract String title();
}
