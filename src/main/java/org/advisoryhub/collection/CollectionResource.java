package org.advisoryhub.collection;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.advisoryhub.collection.dto.CollectionRequest;
import org.advisoryhub.collection.dto.CollectionResponse;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;

/** Admins define the TAXII collections (audiences) partners can be granted. */
@Path("/api/v1/collections")
@RolesAllowed(Roles.ADMIN)
public class CollectionResource {

    private final CollectionService service;
    private final CurrentOfficial current;

    public CollectionResource(CollectionService service, CurrentOfficial current) {
        this.service = service;
        this.current = current;
    }

    @GET
    public Page<CollectionResponse> list() {
        return Page.whole(service.list());
    }

    @GET
    @Path("{alias}")
    public CollectionResponse get(@PathParam("alias") String alias) {
        return service.require(alias);
    }

    @PUT
    @Path("{alias}")
    public CollectionResponse put(@PathParam("alias") String alias, @Valid CollectionRequest request) {
        if (!alias.matches("[a-z0-9][a-z0-9-]{1,62}")) {
            throw ValidationFailedException.of("alias", "must be a lower-case slug");
        }
        if (request == null) {
            throw ValidationFailedException.of("body", "a collection is required");
        }
        return service.upsert(alias, request, current.actor());
    }
}
