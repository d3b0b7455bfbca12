package org.advisoryhub.advisory;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.advisoryhub.advisory.dto.AdvisoryResponse;
import org.advisoryhub.advisory.dto.AdvisorySearch;
import org.advisoryhub.advisory.dto.AdvisorySummary;
import org.advisoryhub.common.error.PreconditionRequiredException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.http.ETags;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;

/** Drafting, editing and finding advisories. State changes live in {@link AdvisoryLifecycleResource}. */
@Path("/api/v1/advisories")
@Authenticated
public class AdvisoryResource {

    private final AdvisoryService service;
    private final CurrentOfficial current;

    public AdvisoryResource(AdvisoryService service, CurrentOfficial current) {
        this.service = service;
        this.current = current;
    }

    /**
     * Searches advisories by the filters of {@link AdvisorySearch}, newest first, keyset-paged with {@code cursor}.
     */
    @GET
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Page<AdvisorySummary> search(
            @BeanParam AdvisorySearch search, @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return service.search(search, cursor, limit, current.actor());
    }

    @POST
    @RolesAllowed(Roles.DRAFTER)
    public Response create(@Valid AdvisoryContent content, UriInfo uri) {
        if (content == null) {
            throw ValidationFailedException.of("body", "an advisory is required");
        }
        AdvisoryResponse created = service.create(content, current.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .tag(ETags.of(created.version()))
                .entity(created)
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Response get(@PathParam("id") String id) {
        return withETag(service.get(id, current.actor()));
    }

    /** Replaces the editable content. Needs {@code If-Match} with the ETag you edited. */
    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.DRAFTER)
    public Response update(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid AdvisoryContent content) {
        Long version = ETags.parseIfMatch(ifMatch);
        if (version == null) {
            throw new PreconditionRequiredException();
        }
        if (content == null) {
            throw ValidationFailedException.of("body", "an advisory is required");
        }
        return withETag(service.update(id, content, version, current.actor()));
    }

    /** Deletes a draft that was never published. */
    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.DRAFTER)
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(id, ETags.parseIfMatch(ifMatch), current.actor());
        return Response.noContent().build();
    }

    static Response withETag(AdvisoryResponse advisory) {
        return Response.ok(advisory).tag(ETags.of(advisory.version())).build();
    }
}
