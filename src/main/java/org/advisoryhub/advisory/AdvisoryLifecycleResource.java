package org.advisoryhub.advisory;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.advisoryhub.advisory.dto.PublishRequest;
import org.advisoryhub.advisory.dto.ReturnRequest;
import org.advisoryhub.advisory.dto.WithdrawRequest;
import org.advisoryhub.common.http.ETags;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;

/**
 * Lifecycle: DRAFT → submit → IN_REVIEW → publish → PUBLISHED → amend → DRAFT … → withdraw → WITHDRAWN.
 * Each call may send {@code If-Match} to act only on the version the caller saw.
 */
@Path("/api/v1/advisories/{id}")
@Authenticated
public class AdvisoryLifecycleResource {

    private final AdvisoryService service;
    private final CurrentOfficial current;

    public AdvisoryLifecycleResource(AdvisoryService service, CurrentOfficial current) {
        this.service = service;
        this.current = current;
    }

    @POST
    @Path("submit")
    @RolesAllowed(Roles.DRAFTER)
    public Response submit(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return AdvisoryResource.withETag(service.submit(id, ETags.parseIfMatch(ifMatch), current.actor()));
    }

    /** A reviewer or publisher sends the advisory back to its drafters, optionally saying what to change. */
    @POST
    @Path("return")
    @RolesAllowed({Roles.REVIEWER, Roles.PUBLISHER})
    public Response returnToDraft(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ReturnRequest request) {
        String comment = request == null ? null : request.comment();
        return AdvisoryResource.withETag(
                service.returnToDraft(id, comment, ETags.parseIfMatch(ifMatch), current.actor()));
    }

    @POST
    @Path("publish")
    @RolesAllowed(Roles.PUBLISHER)
    public Response publish(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid PublishRequest request) {
        return AdvisoryResource.withETag(
                service.publish(id, request.changeNote(), ETags.parseIfMatch(ifMatch), current.actor()));
    }

    /** Opens a new draft revision on top of the published one; the published revision stays public. */
    @POST
    @Path("amend")
    @RolesAllowed({Roles.DRAFTER, Roles.PUBLISHER})
    public Response amend(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return AdvisoryResource.withETag(service.amend(id, ETags.parseIfMatch(ifMatch), current.actor()));
    }

    @POST
    @Path("withdraw")
    @RolesAllowed(Roles.PUBLISHER)
    public Response withdraw(
            @PathParam("id") String id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid WithdrawRequest request) {
        return AdvisoryResource.withETag(
                service.withdraw(id, request.reason(), ETags.parseIfMatch(ifMatch), current.actor()));
    }
}
