package org.advisoryhub.revision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.revision.dto.RevisionDiff;
import org.advisoryhub.revision.dto.RevisionResponse;

/** Read-only access to published revisions and the differences between them. */
@Path("/api/v1/advisories/{id}")
@RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
public class RevisionResource {

    /** Media type of STIX 2.1 content (STIX 2.1 §1.6.x, TAXII 2.1 media types). */
    public static final String STIX_JSON = "application/stix+json;version=2.1";

    private final RevisionService service;
    private final RevisionStixService stix;
    private final CurrentOfficial current;
    private final HubConfig config;

    public RevisionResource(
            RevisionService service, RevisionStixService stix, CurrentOfficial current, HubConfig config) {
        this.service = service;
        this.stix = stix;
        this.current = current;
        this.config = config;
    }

    /** The STIX 2.1 bundle of one revision, with stable ids and versions, for download. */
    @GET
    @Path("revisions/{n}/stix")
    @Produces({STIX_JSON, MediaType.APPLICATION_JSON})
    public Response stix(@PathParam("id") String id, @PathParam("n") int number) {
        return Response.ok(stix.bundle(id, number, current.actor()).toString())
                .type(STIX_JSON)
                .header("Content-Disposition", "attachment; filename=\"" + id + "-v" + number + ".stix.json\"")
                .build();
    }

    @GET
    @Path("revisions")
    public Page<RevisionResponse> list(@PathParam("id") String id) {
        return Page.whole(service.list(id, current.actor()));
    }

    @GET
    @Path("revisions/{n}")
    public RevisionResponse get(@PathParam("id") String id, @PathParam("n") int number) {
        return service.get(id, number, current.actor());
    }

    @GET
    @Path("revisions/{n}/indicators")
    public Page<IndicatorResponse> indicators(
            @PathParam("id") String id,
            @PathParam("n") int number,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") Integer limit) {
        int size =
                Cursor.limit(limit, config.api().defaultPageSize(), config.api().maxPageSize());
        return service.indicators(id, number, cursor, size, current.actor());
    }

    /** Compares two revisions: {@code ?from=1&to=2}. */
    @GET
    @Path("diff")
    public RevisionDiff diff(
            @PathParam("id") String id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
        if (from == null || to == null) {
            throw ValidationFailedException.of(
                    from == null ? "from" : "to", "give both revision numbers: ?from=1&to=2");
        }
        return service.diff(id, from, to, current.actor());
    }
}
