package org.advisoryhub.intake;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.indicator.dto.BulkReport;
import org.advisoryhub.intake.dto.IntakeRecordResponse;
import org.advisoryhub.intake.dto.IntakeReport;
import org.advisoryhub.intake.dto.SubmissionChoices;
import org.advisoryhub.intake.dto.SubmissionPicks;

/**
 * Advisories from received STIX 2.1 bundles: {@code POST /api/v1/advisories/intake} creates a draft from a bundle
 * ({@code ?into=HUB-…} adds it to a draft instead; {@code ?dryRun=true} answers the report alone); each advisory lists
 * the bundles taken into it, and offers the values partners gave that it lacks.
 */
@Path("/api/v1/advisories")
public class IntakeResource {

    private final IntakeService service;
    private final PartnerSubmissions submissions;
    private final CurrentOfficial current;

    public IntakeResource(IntakeService service, PartnerSubmissions submissions, CurrentOfficial current) {
        this.service = service;
        this.submissions = submissions;
        this.current = current;
    }

    /** Values partners gave (submitted indicators, observables seen with this advisory's) that it lacks. */
    @GET
    @Path("{id}/submissions")
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public SubmissionChoices submissions(@PathParam("id") String id) {
        return submissions.choices(id, current.actor());
    }

    /** Adds the picked values to the draft, with where each came from. */
    @POST
    @Path("{id}/submissions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.DRAFTER)
    public BulkReport pick(@PathParam("id") String id, SubmissionPicks picks) {
        return submissions.add(id, picks == null ? null : picks.keys(), current.actor());
    }

    @POST
    @Path("intake")
    @Consumes({MediaType.APPLICATION_JSON, "application/stix+json"})
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER})
    public Response intake(@QueryParam("dryRun") String dryRun, @QueryParam("into") String into, String body) {
        boolean dry = flag(dryRun);
        String target = into == null || into.isBlank() ? null : into.strip();
        IntakeReport report = service.intake(body, dry, target, current.actor());
        if (dry || target != null) {
            return Response.ok(report).build();
        }
        return Response.created(UriBuilder.fromPath("/api/v1/advisories/{id}").build(report.advisory()))
                .entity(report)
                .build();
    }

    @GET
    @Path("{id}/intakes")
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
    public List<IntakeRecordResponse> intakes(@PathParam("id") String id) {
        return service.list(id, current.actor());
    }

    private static boolean flag(String text) {
        if (text == null || text.isBlank() || text.equals("false")) {
            return false;
        }
        if (text.equals("true")) {
            return true;
        }
        throw ValidationFailedException.of("dryRun", "must be true or false");
    }
}
