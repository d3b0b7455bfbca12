package org.advisoryhub.common.error;

/** The caller is authenticated and has a role, but this object is not theirs to touch. */
public class ForbiddenOperationException extends HubException {

    public ForbiddenOperationException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Forbidden";
    }
}
