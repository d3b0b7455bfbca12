package org.advisoryhub.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.common.text.FormText;
import org.advisoryhub.intake.PartnerSubmissions;
import org.advisoryhub.intake.dto.SubmissionChoices;

/**
 * "Add from partner submissions" on an advisory: the values partners gave that it lacks, each with its source and
 * level, to tick and add. PartnerSubmissions decides what is offered and what may be added.
 */
@FormText
@Path("/console/advisories/{id}/submissions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
public class SubmissionPages {

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance submissions(
                String advisory, SubmissionChoices choices, List<Violation> problems, ConsoleView view);
    }

    private final PartnerSubmissions submissions;
    private final CurrentOfficial current;
    private final ConsoleViews views;

    public SubmissionPages(PartnerSubmissions submissions, CurrentOfficial current, ConsoleViews views) {
        this.submissions = submissions;
        this.current = current;
        this.views = views;
    }

    @GET
    public TemplateInstance list(@PathParam("id") String id) {
        return page(id, List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.DRAFTER)
    public Response add(
            @PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("keys") List<String> keys) {
        views.verify(csrf);
        return ConsoleForms.saveOrShow(
                () -> {
                    submissions.add(id, keys, current.actor());
                    return "/console/advisories/" + id + "#indicators";
                },
                problems -> page(id, problems));
    }

    private TemplateInstance page(String id, List<Violation> problems) {
        return views.localized(Templates.submissions(
                id, submissions.choices(id, current.actor()), problems, views.of(current.actor())));
    }
}
