package org.advisoryhub.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.advisoryhub.actor.ActorService;
import org.advisoryhub.actor.dto.ActorRequest;
import org.advisoryhub.actor.dto.ActorResponse;
import org.advisoryhub.common.error.ConflictException;
import org.advisoryhub.common.error.ErrorMapper;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.common.text.FormText;

/** The shared threat-actor catalog in the console: every official reads it; drafters, publishers and admins edit it. */
@FormText
@Path("/console/threat-actors")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
public class ActorPages {

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance actors(
                List<ActorResponse> actors, ActorForm form, List<Violation> problems, ConsoleView view);

        static native TemplateInstance actor(
                ActorResponse actor, ActorForm form, List<Violation> problems, ConsoleView view);
    }

    /** The actor form as typed (aliases one per line), so it can be shown again with its problems. */
    public static class ActorForm {
        @FormParam("name")
        public String name;

        @FormParam("mitreId")
        public String mitreId;

        @FormParam("aliases")
        public String aliases;

        @FormParam("attributedTo")
        public String attributedTo;

        @FormParam("description")
        public String description;

        @FormParam("version")
        public Long version;

        static ActorForm of(ActorResponse a) {
            ActorForm f = new ActorForm();
            f.name = a.name();
            f.mitreId = a.mitreId();
            f.aliases = String.join("\n", a.aliases());
            f.attributedTo = a.attributedTo();
            f.description = a.description();
            f.version = a.version();
            return f;
        }

        ActorRequest request() {
            List<String> list = aliases == null
                    ? List.of()
                    : Arrays.stream(aliases.split("\\R"))
                            .map(String::strip)
                            .filter(s -> !s.isEmpty())
                            .toList();
            return new ActorRequest(
                    name == null ? "" : name, list, ConsoleForms.blankToNull(mitreId), attributedTo, description);
        }
    }

    private final ActorService actors;
    private final CurrentOfficial current;
    private final ConsoleViews views;

    public ActorPages(ActorService actors, CurrentOfficial current, ConsoleViews views) {
        this.actors = actors;
        this.current = current;
        this.views = views;
    }

    @GET
    public TemplateInstance list() {
        return views.localized(Templates.actors(actors.list(), new ActorForm(), List.of(), views.of(current.actor())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DRAFTER, Roles.PUBLISHER, Roles.ADMIN})
    public Response create(@FormParam("_csrf") String csrf, @BeanParam ActorForm form) {
        views.verify(csrf);
        return save(
                form,
                () -> actors.create(form.request(), current.actor()).id(),
                problems -> Templates.actors(actors.list(), form, problems, views.of(current.actor())));
    }

    @GET
    @Path("{id}")
    public TemplateInstance actor(@PathParam("id") String id) {
        ActorResponse a = actors.get(parse(id));
        return views.localized(Templates.actor(a, ActorForm.of(a), List.of(), views.of(current.actor())));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.DRAFTER, Roles.PUBLISHER, Roles.ADMIN})
    public Response update(@PathParam("id") String id, @FormParam("_csrf") String csrf, @BeanParam ActorForm form) {
        views.verify(csrf);
        UUID actorId = parse(id);
        ConsoleForms.version(form.version);
        return save(
                form,
                () -> actors.update(actorId, form.request(), form.version, current.actor())
                        .id(),
                problems -> Templates.actor(actors.get(actorId), form, problems, views.of(current.actor())));
    }

    /** Saves and goes to the actor; invalid input shows the form again, as typed, with its problems. */
    private Response save(
            ActorForm form,
            Supplier<UUID> saving,
            java.util.function.Function<List<Violation>, TemplateInstance> page) {
        List<Violation> problems;
        int status = 400;
        try {
            return ConsoleForms.see("/console/threat-actors/" + saving.get());
        } catch (ValidationFailedException e) {
            problems = e.violations();
        } catch (ConstraintViolationException e) {
            problems = ErrorMapper.violationsOf(e);
        } catch (ConflictException e) {
            // Another actor has that name or ATT&CK id: say so beside what was typed.
            problems = List.of(Violation.of("name", e.getMessage()));
            status = 409;
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(views.localized(page.apply(problems)))
                .build();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Threat actor", id);
        }
    }
}
