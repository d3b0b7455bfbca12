package org.advisoryhub.common.error;

/** A request body larger than the hub accepts. */
public class PayloadTooLargeException extends HubException {

    public PayloadTooLargeException(long limit) {
        super("The request body is larger than the limit of " + limit + " bytes");
    }

    @Override
    public String title() {
        return "Payload too large";
    }
}
