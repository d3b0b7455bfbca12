package org.advisoryhub.organization;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.organization.dto.OrganizationRequest;
import org.advisoryhub.organization.dto.OrganizationResponse;

@Path("/api/v1/organizations")
@Authenticated
public class OrganizationResource {

    private final OrganizationService service;
    private final CurrentOfficial current;

    public OrganizationResource(OrganizationService service, CurrentOfficial current) {
        this.service = service;
        this.current = current;
    }

    @GET
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Page<OrganizationResponse> list() {
        return Page.whole(service.list());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public OrganizationResponse get(@PathParam("id") String id) {
        return service.get(id);
    }

    /** Creates or updates an organization (admins only). */
    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    public OrganizationResponse put(@PathParam("id") String id, @Valid OrganizationRequest request) {
        if (request == null || !id.equals(request.id())) {
            throw ValidationFailedException.of("id", "must equal the id in the path");
        }
        return service.upsert(request, current.actor());
    }
}
