package org.advisoryhub.signoff;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.advisoryhub.common.http.ETags;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.signoff.dto.CommentRequest;
import org.advisoryhub.signoff.dto.CommentResponse;
import org.advisoryhub.signoff.dto.SignoffState;

/** Joint sign-off and review comments of an advisory. */
@Path("/api/v1/advisories/{id}")
@Authenticated
public class SignoffResource {

    private final SignoffService service;
    private final CurrentOfficial current;

    public SignoffResource(SignoffService service, CurrentOfficial current) {
        this.service = service;
        this.current = current;
    }

    /** Who must still approve the version under review. */
    @GET
    @Path("signoff")
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public SignoffState signoff(@PathParam("id") String id) {
        return service.state(id, current.actor());
    }

    /** A publisher approves the version under review for their organization; If-Match pins the version. */
    @POST
    @Path("approve")
    @RolesAllowed(Roles.PUBLISHER)
    public SignoffState approve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return service.approve(id, ETags.parseIfMatch(ifMatch), current.actor());
    }

    @GET
    @Path("comments")
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Page<CommentResponse> comments(@PathParam("id") String id) {
        return Page.whole(service.comments(id, current.actor()));
    }

    @POST
    @Path("comments")
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER})
    public Response comment(@PathParam("id") String id, @NotNull CommentRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(service.comment(id, request.text(), "comment", current.actor()))
                .build();
    }
}
