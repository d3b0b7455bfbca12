package org.advisoryhub.common.error;

/** The hub cannot answer yet (for example, an in-memory index is still loading); the client should retry. */
public class ServiceUnavailableException extends HubException {

    public ServiceUnavailableException(String message) {
        super(message);
    }

    @Override
    public String title() {
        return "Service unavailable";
    }
}
