package org.advisoryhub.official;

import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.official.dto.OfficialRequest;
import org.advisoryhub.official.dto.OfficialResponse;

/** Local accounts of officials (admins), and "who am I" for everyone signed in. */
@Path("/api/v1/officials")
@Authenticated
public class OfficialResource {

    private final OfficialService service;
    private final CurrentOfficial current;

    @Inject
    public OfficialResource(OfficialService service, CurrentOfficial current) {
        this.service = service;
        this.current = current;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    public Page<OfficialResponse> list() {
        return Page.whole(service.list());
    }

    @GET
    @Path("me")
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public Me me() {
        var actor = current.actor();
        return new Me(actor.username(), actor.organizationId(), new java.util.TreeSet<>(actor.roles()));
    }

    /** The signed-in official changes their own password; their console sessions end. */
    @PUT
    @Path("me/password")
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public void changeOwnPassword(PasswordChange change) {
        if (change == null) {
            throw ValidationFailedException.of("newPassword", "is required");
        }
        service.changeOwnPassword(current.actor(), change.currentPassword(), change.newPassword());
    }

    @GET
    @Path("{username}")
    @RolesAllowed(Roles.ADMIN)
    public OfficialResponse get(@PathParam("username") String username) {
        return service.get(username);
    }

    @PUT
    @Path("{username}")
    @RolesAllowed(Roles.ADMIN)
    public OfficialResponse put(@PathParam("username") String username, @Valid OfficialRequest request) {
        if (request == null || !username.equals(request.username())) {
            throw ValidationFailedException.of("username", "must equal the user name in the path");
        }
        return service.upsert(request, current.actor());
    }

    /** A password change: the current password proves it is the official at the keyboard. */
    public record PasswordChange(String currentPassword, String newPassword) {}

    /** The signed-in official as the hub sees them, whichever way they signed in. */
    public record Me(String username, String organizationId, java.util.Set<String> roles) {}
}
