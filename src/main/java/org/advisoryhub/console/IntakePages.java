package org.advisoryhub.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.common.text.FormText;
import org.advisoryhub.intake.IntakeService;
import org.advisoryhub.intake.dto.IntakeReport;

/**
 * Intake in the console: paste or upload a received STIX bundle, check what it gives (the dry-run report), then create
 * a draft from it or add it to a draft. The rules are IntakeService's, exactly as for the API.
 */
@FormText
@Path("/console/intake")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER})
public class IntakePages {

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance intake(
                String bundle, String into, IntakeReport report, List<Violation> problems, ConsoleView view);
    }

    private final IntakeService intake;
    private final CurrentOfficial current;
    private final ConsoleViews views;

    public IntakePages(IntakeService intake, CurrentOfficial current, ConsoleViews views) {
        this.intake = intake;
        this.current = current;
        this.views = views;
    }

    @GET
    public TemplateInstance form(@QueryParam("into") String into) {
        return page(null, into, null, List.of());
    }

    /** {@code action=check} shows the report; {@code action=save} creates the draft (or adds to one) and opens it. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(
            @FormParam("_csrf") String csrf,
            @FormParam("bundle") String bundle,
            @FormParam("into") String into,
            @FormParam("action") String action) {
        views.verify(csrf);
        String target = ConsoleForms.blankToNull(into);
        if ("save".equals(action)) {
            return ConsoleForms.saveOrShow(
                    () -> "/console/advisories/"
                            + intake.intake(bundle, false, target, current.actor())
                                    .advisory(),
                    problems -> page(bundle, into, null, problems));
        }
        try {
            return Response.ok(page(bundle, into, intake.intake(bundle, true, target, current.actor()), List.of()))
                    .build();
        } catch (ValidationFailedException e) {
            return Response.status(400)
                    .type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(bundle, into, null, e.violations()))
                    .build();
        }
    }

    private TemplateInstance page(String bundle, String into, IntakeReport report, List<Violation> problems) {
        return views.localized(Templates.intake(bundle, into, report, problems, views.of(current.actor())));
    }
}
