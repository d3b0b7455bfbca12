package org.advisoryhub.common.error;

public class NotFoundException extends HubException {

    public NotFoundException(String what, String id) {
        super(what + " '" + id + "' was not found");
    }

    @Override
    public String title() {
        return "Not found";
    }
}
