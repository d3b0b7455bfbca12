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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.common.text.FormText;
import org.advisoryhub.official.OfficialService;
import org.advisoryhub.official.dto.OfficialRequest;
import org.advisoryhub.official.dto.OfficialResponse;
import org.advisoryhub.organization.OrganizationService;
import org.advisoryhub.organization.dto.OrganizationResponse;

/**
 * Administrators manage local accounts: create one, change its roles and organization, disable or enable it, and
 * set a new password (a reset); every change ends the official's sessions everywhere. The rules (password policy,
 * officials only in organizations that may have them, never the last administrator) are OfficialService's.
 */
@FormText
@Path("/console/admin/officials")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class OfficialPages {

    private static final List<String> ROLES = List.of(Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN);

    /** The account form as typed; a blank password keeps the current one. */
    public static class Form {
        @FormParam("username")
        public String username;

        @FormParam("displayName")
        public String displayName;

        @FormParam("organizationId")
        public String organizationId;

        @FormParam("roles")
        public List<String> roles;

        @FormParam("password")
        public String password;

        @FormParam("enabled")
        public String enabled;

        static Form of(OfficialResponse o) {
            Form f = new Form();
            f.username = o.username();
            f.displayName = o.displayName();
            f.organizationId = o.organizationId();
            f.roles = List.copyOf(o.roles());
            f.enabled = o.enabled() ? "true" : null;
            return f;
        }

        static Form blank() {
            Form f = new Form();
            f.enabled = "true";
            f.roles = List.of(Roles.DRAFTER);
            return f;
        }

        boolean has(String role) {
            return roles != null && roles.contains(role);
        }

        public boolean drafter() {
            return has(Roles.DRAFTER);
        }

        public boolean reviewer() {
            return has(Roles.REVIEWER);
        }

        public boolean publisher() {
            return has(Roles.PUBLISHER);
        }

        public boolean admin() {
            return has(Roles.ADMIN);
        }

        OfficialRequest request(String fixedUsername) {
            Set<String> chosen = roles == null ? Set.of() : new LinkedHashSet<>(roles);
            return new OfficialRequest(
                    fixedUsername != null ? fixedUsername : ConsoleForms.blankToNull(username),
                    ConsoleForms.blankToNull(displayName),
                    password == null || password.isEmpty() ? null : password,
                    chosen,
                    ConsoleForms.blankToNull(organizationId),
                    "true".equals(enabled));
        }
    }

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance officials(
                List<OfficialResponse> officials,
                List<OrganizationResponse> organizations,
                Form form,
                List<Violation> problems,
                ConsoleView view);

        static native TemplateInstance official(
                String editing,
                List<OrganizationResponse> organizations,
                Form form,
                List<Violation> problems,
                ConsoleView view);
    }

    private final OfficialService officials;
    private final OrganizationService organizations;
    private final CurrentOfficial current;
    private final ConsoleViews views;

    public OfficialPages(
            OfficialService officials, OrganizationService organizations, CurrentOfficial current, ConsoleViews views) {
        this.officials = officials;
        this.organizations = organizations;
        this.current = current;
        this.views = views;
    }

    @GET
    public TemplateInstance list() {
        return listPage(Form.blank(), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("_csrf") String csrf, @BeanParam Form form) {
        views.verify(csrf);
        return save(form, null, this::listPage);
    }

    @GET
    @Path("{username}")
    public TemplateInstance edit(@PathParam("username") String username) {
        return editPage(username, Form.of(officials.get(username)), List.of());
    }

    /** Saves roles, organization, enabled and (when typed) a new password; the username never changes. */
    @POST
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(
            @PathParam("username") String username, @FormParam("_csrf") String csrf, @BeanParam Form form) {
        views.verify(csrf);
        officials.get(username);
        return save(form, username, (typed, problems) -> editPage(username, typed, problems));
    }

    /** Runs the save; a refused form comes back as typed (the password excepted) with its problems, as a 400. */
    private Response save(Form form, String username, BiFunction<Form, List<Violation>, TemplateInstance> refused) {
        return ConsoleForms.saveOrShow(
                () -> {
                    officials.upsert(form.request(username), current.actor());
                    return "/console/admin/officials";
                },
                problems -> {
                    form.password = null;
                    return refused.apply(form, problems);
                });
    }

    private TemplateInstance listPage(Form form, List<Violation> problems) {
        return views.localized(
                Templates.officials(officials.list(), officialHomes(), form, problems, views.of(current.actor())));
    }

    private TemplateInstance editPage(String username, Form form, List<Violation> problems) {
        return views.localized(
                Templates.official(username, officialHomes(), form, problems, views.of(current.actor())));
    }

    /** Organizations officials may belong to (agencies, working groups, partner governments, the operator). */
    private List<OrganizationResponse> officialHomes() {
        return organizations.list().stream()
                .filter(o -> o.kind().canHaveOfficials())
                .toList();
    }
}
