package org.advisoryhub.actor;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.advisoryhub.actor.dto.ActorRequest;
import org.advisoryhub.actor.dto.ActorResponse;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.http.ETags;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;

/** The shared threat-actor catalog. Every official reads it; drafters, publishers and admins add and edit actors. */
@Path("/api/v1/threat-actors")
@Authenticated
public class ActorResource {

    private final ActorService service;
    private final CurrentOfficial current;

    public ActorResource(ActorService service, CurrentOfficial current) {
        this.service = service;
        this.current = current;
    }

    @GET
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Page<ActorResponse> list() {
        return Page.whole(service.list());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Response get(@PathParam("id") String id) {
        ActorResponse a = service.get(parse(id));
        return Response.ok(a).tag(new EntityTag(String.valueOf(a.version()))).build();
    }

    @POST
    @RolesAllowed({Roles.DRAFTER, Roles.PUBLISHER, Roles.ADMIN})
    public Response create(@Valid ActorRequest request, @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        if (request == null) {
            throw ValidationFailedException.of("body", "a threat actor is required");
        }
        ActorResponse a = service.create(request, current.actor());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(a.id().toString()).build())
                .entity(a)
                .tag(new EntityTag(String.valueOf(a.version())))
                .build();
    }

    /** Edits an actor; {@code If-Match} must carry the version it was read at. */
    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.DRAFTER, Roles.PUBLISHER, Roles.ADMIN})
    public Response update(
            @PathParam("id") String id,
            @Valid ActorRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        if (request == null) {
            throw ValidationFailedException.of("body", "a threat actor is required");
        }
        ActorResponse a = service.update(parse(id), request, ETags.parseIfMatch(ifMatch), current.actor());
        return Response.ok(a).tag(new EntityTag(String.valueOf(a.version()))).build();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Threat actor", id);
        }
    }
}
