package org.advisoryhub.common.error;

/** An edit arrived without If-Match or a version field, so it could silently overwrite another edit. */
public class PreconditionRequiredException extends HubException {

    public PreconditionRequiredException() {
        super("Send the ETag of the version you edited as an If-Match header");
    }

    @Override
    public String title() {
        return "Precondition required";
    }
}
