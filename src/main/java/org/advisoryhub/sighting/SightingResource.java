package org.advisoryhub.sighting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.sighting.dto.HideRequest;
import org.advisoryhub.sighting.dto.SightingSummary;

/** Officials see partners' sightings of an advisory's indicators, aggregated or one by one, and may hide one. */
@Path("/api/v1/advisories/{id}/sightings")
@RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
public class SightingResource {

    private final SightingService service;
    private final CurrentOfficial current;
    private final HubConfig config;

    public SightingResource(SightingService service, CurrentOfficial current, HubConfig config) {
        this.service = service;
        this.current = current;
        this.config = config;
    }

    @GET
    public SightingSummary summary(@PathParam("id") String id) {
        return service.summary(id, current.actor());
    }

    @GET
    @Path("reports")
    public Page<SightingSummary.Report> reports(
            @PathParam("id") String id, @QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return service.reports(
                id,
                current.actor(),
                cursor,
                Cursor.limit(limit, config.api().defaultPageSize(), config.api().maxPageSize()));
    }

    @POST
    @Path("{sightingId}/hidden")
    @Consumes(MediaType.APPLICATION_JSON)
    public void hide(@PathParam("id") String id, @PathParam("sightingId") String sightingId, HideRequest request) {
        service.hide(id, sightingId, request == null ? null : request.reason(), current.actor());
    }

    @DELETE
    @Path("{sightingId}/hidden")
    public void unhide(@PathParam("id") String id, @PathParam("sightingId") String sightingId) {
        service.unhide(id, sightingId, current.actor());
    }
}
