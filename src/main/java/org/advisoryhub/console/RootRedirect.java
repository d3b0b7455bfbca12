package org.advisoryhub.console;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The hub's root is for people with a browser: it sends them to the public advisories (officials sign in from there). */
@Path("/")
public class RootRedirect {

    @GET
    @PermitAll
    public Response root() {
        return Response.seeOther(URI.create("/public/advisories")).build();
    }
}
