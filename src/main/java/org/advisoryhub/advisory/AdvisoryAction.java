package org.advisoryhub.advisory;

/** What officials do to an advisory; {@link AdvisoryStateMachine} says from which status each is allowed. */
public enum AdvisoryAction {
    EDIT("edit"),
    SUBMIT("submit for review"),
    RETURN_TO_DRAFT("return to draft"),
    PUBLISH("publish"),
    AMEND("amend"),
    WITHDRAW("withdraw"),
    DELETE("delete");

    private final String verb;

    AdvisoryAction(String verb) {
        this.verb = verb;
    }

    public String verb() {
        return verb;
    }
}
