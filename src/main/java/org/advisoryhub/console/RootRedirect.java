package org.advisoryhub.console;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The hub's root is for people with a browser: it sends them to the console (which signs them in first). */
@Path("/")
public class RootRedirect {

    @GET
    @PermitAll
    public Response root() {
        return Response.seeOther(URI.create("/console")).build();
    }
}
