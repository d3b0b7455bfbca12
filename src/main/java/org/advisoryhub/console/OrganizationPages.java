package org.advisoryhub.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.common.text.FormText;
import org.advisoryhub.organization.OrganizationKind;
import org.advisoryhub.organization.OrganizationService;
import org.advisoryhub.organization.dto.OrganizationRequest;
import org.advisoryhub.organization.dto.OrganizationResponse;

/** Administrators keep the organizations: agencies, working groups, partners, with their English and Korean names. */
@FormText
@Path("/console/admin/organizations")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class OrganizationPages {

    /** The organization form as typed, shown again with its problems. */
    public static class Form {
        @FormParam("id")
        public String id;

        @FormParam("name")
        public String name;

        @FormParam("nameKo")
        public String nameKo;

        @FormParam("country")
        public String country;

        @FormParam("kind")
        public String kind;

        OrganizationRequest request() {
            return new OrganizationRequest(
                    ConsoleForms.blankToNull(id),
                    ConsoleForms.blankToNull(name),
                    ConsoleForms.blankToNull(country),
                    kind(kind),
                    nameKo);
        }

        private static OrganizationKind kind(String text) {
            try {
                return OrganizationKind.valueOf(text == null ? "" : text.trim());
            } catch (IllegalArgumentException e) {
                throw ValidationFailedException.of("kind", "must be one of " + List.of(OrganizationKind.values()));
            }
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance organizations(
                List<OrganizationResponse> organizations,
                List<OrganizationKind> kinds,
                Form form,
                List<Violation> problems,
                ConsoleView view);
    }

    private final OrganizationService organizations;
    private final CurrentOfficial current;
    private final ConsoleViews views;

    public OrganizationPages(OrganizationService organizations, CurrentOfficial current, ConsoleViews views) {
        this.organizations = organizations;
        this.current = current;
        this.views = views;
    }

    @GET
    public TemplateInstance list() {
        return page(new Form(), List.of());
    }

    /** Adds an organization, or updates the one with that id (its names, country and kind). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@FormParam("_csrf") String csrf, @BeanParam Form form) {
        views.verify(csrf);
        return ConsoleForms.saveOrShow(
                () -> {
                    organizations.upsert(form.request(), current.actor());
                    return "/console/admin/organizations";
                },
                problems -> page(form, problems));
    }

    private TemplateInstance page(Form form, List<Violation> problems) {
        return views.localized(Templates.organizations(
                organizations.list(), List.of(OrganizationKind.values()), form, problems, views.of(current.actor())));
    }
}
