package org.advisoryhub.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.organization.dto.OrganizationRequest;
import org.advisoryhub.organization.dto.OrganizationResponse;
import org.advisoryhub.partner.dto.ApiKeyRequest;
import org.advisoryhub.partner.dto.ApiKeyResponse;

/** Admins manage partner organizations and their API keys. */
@Path("/api/v1/partners")
@RolesAllowed(Roles.ADMIN)
public class PartnerResource {

    private final PartnerService partners;
    private final ApiKeyService keys;
    private final CurrentOfficial current;

    public PartnerResource(PartnerService partners, ApiKeyService keys, CurrentOfficial current) {
        this.partners = partners;
        this.keys = keys;
        this.current = current;
    }

    @GET
    public Page<OrganizationResponse> list() {
        return Page.whole(partners.list());
    }

    @PUT
    @Path("{id}")
    public OrganizationResponse put(@PathParam("id") String id, @Valid OrganizationRequest request) {
        if (request == null || !id.equals(request.id())) {
            throw ValidationFailedException.of("id", "must equal the id in the path");
        }
        return partners.upsert(request, current.actor());
    }

    @GET
    @Path("{id}/keys")
    public Page<ApiKeyResponse> keys(@PathParam("id") String id) {
        return Page.whole(keys.list(id));
    }

    /** Issues a key; the answer is the only time the secret is shown. */
    @POST
    @Path("{id}/keys")
    public Response issue(@PathParam("id") String id, @Valid ApiKeyRequest request) {
        if (request == null) {
            throw ValidationFailedException.of("body", "a key request is required");
        }
        return Response.status(Response.Status.CREATED)
                .entity(keys.issue(id, request, current.actor()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @POST
    @Path("{id}/keys/{keyId}/rotate")
    public Response rotate(@PathParam("id") String id, @PathParam("keyId") String keyId) {
        return Response.ok(keys.rotate(id, keyId, current.actor()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Path("{id}/keys/{keyId}")
    public ApiKeyResponse revoke(@PathParam("id") String id, @PathParam("keyId") String keyId) {
        return keys.revoke(id, keyId, current.actor());
    }
}
