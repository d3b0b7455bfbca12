package org.advisoryhub.common.error;

public class InvalidStateTransitionException extends HubException {

    public InvalidStateTransitionException(String from, String action) {
        super("Cannot " + action + " an advisory whose status is " + from);
    }

    @Override
    public String title() {
        return "Invalid state transition";
    }
}
