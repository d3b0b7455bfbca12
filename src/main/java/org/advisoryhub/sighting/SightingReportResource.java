package org.advisoryhub.sighting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.partner.auth.CurrentPartner;
import org.advisoryhub.sighting.dto.SightingRecord;
import org.advisoryhub.sighting.dto.SightingReport;

/** Partners report sightings of shared indicators with an API key that may write, and read their own back. */
@Path("/api/v1/sightings")
@RolesAllowed(Roles.PARTNER)
public class SightingReportResource {

    private final SightingReportService service;
    private final CurrentPartner partner;
    private final HubConfig config;

    public SightingReportResource(SightingReportService service, CurrentPartner partner, HubConfig config) {
        this.service = service;
        this.partner = partner;
        this.config = config;
    }

    @POST
    public Response report(SightingReport report) {
        SightingRecord created = service.report(partner.grant(), report);
        return Response.created(URI.create("/api/v1/sightings/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    public Page<SightingRecord> list(@QueryParam("cursor") String cursor, @QueryParam("limit") Integer limit) {
        return service.list(
                partner.grant(),
                cursor,
                Cursor.limit(limit, config.api().defaultPageSize(), config.api().maxPageSize()));
    }

    @GET
    @Path("{id}")
    public SightingRecord get(@PathParam("id") String id) {
        return service.get(partner.grant(), id);
    }
}
