package org.advisoryhub.sighting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;

/** Officials see partners' sightings of an advisory's indicators, aggregated. */
@Path("/api/v1/advisories/{id}/sightings")
@RolesAllowed({ Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN })
public class SightingResource {

    private final SightingService service;
    private final CurrentOfficial current;

    public SightingResource(SightingService service, CurrentOfficial current) {
        this.service = service;
        this.current = current;
    }

    @GET
    public SightingSummary summary(@PathParam("id") String id) {
        return service.summary(id, current.actor());
    }
}
