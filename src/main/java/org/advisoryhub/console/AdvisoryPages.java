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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.advisoryhub.actor.ActorService;
import org.advisoryhub.actor.dto.ActorResponse;
import org.advisoryhub.advisory.AdvisoryService;
import org.advisoryhub.advisory.AdvisoryStatus;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.dto.AdvisoryResponse;
import org.advisoryhub.advisory.dto.AdvisorySearch;
import org.advisoryhub.advisory.dto.AdvisorySummary;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.common.text.FormText;
import org.advisoryhub.indicator.IndicatorService;
import org.advisoryhub.indicator.dto.BulkReport;
import org.advisoryhub.indicator.dto.BulkRequest;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.organization.OrganizationService;
import org.advisoryhub.organization.dto.OrganizationResponse;
import org.advisoryhub.revision.RevisionService;
import org.advisoryhub.revision.RevisionStixService;
import org.advisoryhub.revision.dto.RevisionDiff;
import org.advisoryhub.revision.dto.RevisionResponse;
import org.advisoryhub.sighting.SightingService;
import org.advisoryhub.sighting.dto.SightingSummary;
import org.advisoryhub.signoff.SignoffService;
import org.advisoryhub.signoff.dto.CommentResponse;
import org.advisoryhub.signoff.dto.SignoffState;

/**
 * Authoring in the console: the advisory form, the advisory page with its indicator box (check, fix, add), the
 * review and sign-off actions, the revisions and the STIX download. Every action is a form POST that carries the
 * CSRF token; the services enforce roles and organizations exactly as for the API.
 */
@FormText
@Path("/console/advisories")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
public class AdvisoryPages {

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance form(
                String editing,
                AdvisoryForm form,
                List<ActorResponse> catalog,
                List<Violation> problems,
                ConsoleView view);

        static native TemplateInstance indicator(
                String advisory, String indicatorId, IndicatorForm form, List<Violation> problems, ConsoleView view);

        static native TemplateInstance list(
                AdvisorySearch search,
                List<AdvisorySummary> results,
                String next,
                List<OrganizationResponse> authors,
                List<AdvisoryStatus> statuses,
                List<Tlp> tlps,
                ConsoleView view);

        static native TemplateInstance withdraw(
                AdvisoryResponse advisory, String reason, List<Violation> problems, ConsoleView view);

        static native TemplateInstance diff(AdvisoryResponse advisory, RevisionDiff diff, ConsoleView view);

        static native TemplateInstance advisory(
                AdvisoryResponse advisory,
                List<IndicatorResponse> indicators,
                SignoffState signoff,
                List<RevisionResponse> revisions,
                List<CommentResponse> comments,
                SightingSummary sightings,
                DayChart sightingsPerDay,
                RankedChart mostSighted,
                String pasted,
                BulkReport report,
                String comment,
                List<Violation> problems,
                ConsoleView view);
    }

    /** Rows of a page of search results. */
    private static final int LIST_ROWS = 25;

    private final AdvisoryService advisories;
    private final IndicatorService indicators;
    private final SignoffService signoff;
    private final RevisionService revisions;
    private final RevisionStixService stix;
    private final CurrentOfficial current;
    private final ConsoleViews views;
    private final OrganizationService organizations;
    private final SightingService sightings;
    private final ActorService catalog;
    private final Clock clock;

    public AdvisoryPages(
            AdvisoryService advisories,
            IndicatorService indicators,
            SignoffService signoff,
            RevisionService revisions,
            RevisionStixService stix,
            CurrentOfficial current,
            ConsoleViews views,
            OrganizationService organizations,
            SightingService sightings,
            ActorService catalog,
            Clock clock) {
        this.catalog = catalog;
        this.organizations = organizations;
        this.sightings = sightings;
        this.clock = clock;
        this.advisories = advisories;
        this.indicators = indicators;
        this.signoff = signoff;
        this.revisions = revisions;
        this.stix = stix;
        this.current = current;
        this.views = views;
    }

    /** Finds advisories: the API's search, with its visibility rules, newest first, a page at a time. */
    @GET
    public TemplateInstance list(@BeanParam AdvisorySearch search, @QueryParam("cursor") String cursor) {
        Actor actor = current.actor();
        Page<AdvisorySummary> page = advisories.search(search, cursor, LIST_ROWS, actor);
        List<OrganizationResponse> authors =
                organizations.list().stream().filter(o -> o.kind().canAuthor()).toList();
        return views.localized(Templates.list(
                search,
                page.items(),
                nextPage(search, page.next()),
                authors,
                List.of(AdvisoryStatus.values()),
                List.of(Tlp.values()),
                views.of(actor)));
    }

    /** The link to the following page: the same filters and the cursor. */
    private static String nextPage(AdvisorySearch search, String cursor) {
        if (cursor == null) {
            return null;
        }
        UriBuilder link = UriBuilder.fromPath("/console/advisories");
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("q", search.q);
        filters.put("status", search.status);
        filters.put("tlp", search.tlp);
        filters.put("actor", search.actor);
        filters.put("indicator", search.indicator);
        filters.put("coauthor", search.coauthor);
        filters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                link.queryParam(name, value);
            }
        });
        return link.queryParam("cursor", cursor).build().toString();
    }

    @GET
    @Path("new")
    @RolesAllowed(Roles.DRAFTER)
    public TemplateInstance form() {
        Actor actor = current.actor();
        return views.localized(Templates.form(
                null, AdvisoryForm.blank(actor.organizationId()), catalog.list(), List.of(), views.of(actor)));
    }

    @POST
    @RolesAllowed(Roles.DRAFTER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@FormParam("_csrf") String csrf, @BeanParam AdvisoryForm form) {
        views.verify(csrf);
        Actor actor = current.actor();
        return save(
                null,
                form,
                actor,
                () -> advisories.create(form.content(), actor).id());
    }

    @GET
    @Path("{id}/edit")
    @RolesAllowed(Roles.DRAFTER)
    public TemplateInstance edit(@PathParam("id") String id) {
        Actor actor = current.actor();
        return views.localized(Templates.form(
                id, AdvisoryForm.of(advisories.get(id, actor)), catalog.list(), List.of(), views.of(actor)));
    }

    /** Saves an edit made from the version the form was opened on; a concurrent change makes it fail, losing nothing. */
    @POST
    @Path("{id}/edit")
    @RolesAllowed(Roles.DRAFTER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") String id, @FormParam("_csrf") String csrf, @BeanParam AdvisoryForm form) {
        views.verify(csrf);
        Actor actor = current.actor();
        ConsoleForms.version(form.version);
        return save(
                id,
                form,
                actor,
                () -> advisories
                        .update(id, form.content(advisories.get(id, actor)), form.version, actor)
                        .id());
    }

    /** Runs the save and goes to the advisory; invalid input shows the form again, as typed, with its problems. */
    private Response save(String editing, AdvisoryForm form, Actor actor, Supplier<String> saving) {
        return ConsoleForms.saveOrShow(
                () -> "/console/advisories/" + saving.get(),
                problems -> views.localized(Templates.form(editing, form, catalog.list(), problems, views.of(actor))));
    }

    @GET
    @Path("{id}")
    public TemplateInstance advisory(@PathParam("id") String id) {
        return page(id, null, null, null, List.of());
    }

    /** Adds a review comment to the thread; a refused one comes back in the box with the problem. */
    @POST
    @Path("{id}/comments")
    @RolesAllowed({Roles.DRAFTER, Roles.REVIEWER, Roles.PUBLISHER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(
            @PathParam("id") String id, @FormParam("_csrf") String csrf, @FormParam("text") String text) {
        views.verify(csrf);
        return ConsoleForms.saveOrShow(
                () -> {
                    signoff.comment(id, text, "comment", current.actor());
                    return "/console/advisories/" + id + "#review";
                },
                problems -> page(id, null, null, text, problems));
    }

    /** Checks the pasted lines ({@code action=check}) or adds them when every line is valid ({@code action=add}). */
    @POST
    @Path("{id}/indicators")
    @RolesAllowed(Roles.DRAFTER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response indicators(
            @PathParam("id") String id,
            @FormParam("_csrf") String csrf,
            @FormParam("text") String text,
            @FormParam("format") String format,
            @FormParam("action") String action) {
        views.verify(csrf);
        Actor actor = current.actor();
        BulkRequest request =
                new BulkRequest(null, text == null ? "" : text, "csv".equals(format) ? "csv" : "lines", null);
        BulkReport report = indicators.validate(id, request, actor);
        if (!"add".equals(action) || !report.valid()) {
            return Response.ok(page(id, text, report, null, List.of())).build();
        }
        indicators.addBulk(id, request, null, actor);
        return ConsoleForms.see("/console/advisories/" + id);
    }

    @GET
    @Path("{id}/indicators/{indicator}/edit")
    @RolesAllowed(Roles.DRAFTER)
    public TemplateInstance editIndicator(@PathParam("id") String id, @PathParam("indicator") String indicator) {
        Actor actor = current.actor();
        IndicatorForm form = IndicatorForm.of(indicators.get(id, indicatorKey(indicator), actor));
        return views.localized(Templates.indicator(id, indicator, form, List.of(), views.of(actor)));
    }

    /** Saves one indicator's changed attributes; a problem shows the form again as typed. */
    @POST
    @Path("{id}/indicators/{indicator}/edit")
    @RolesAllowed(Roles.DRAFTER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response updateIndicator(
            @PathParam("id") String id,
            @PathParam("indicator") String indicator,
            @FormParam("_csrf") String csrf,
            @BeanParam IndicatorForm form) {
        views.verify(csrf);
        Actor actor = current.actor();
        return ConsoleForms.saveOrShow(
                () -> {
                    indicators.update(id, indicatorKey(indicator), form.input(), null, actor);
                    return "/console/advisories/" + id;
                },
                problems -> views.localized(Templates.indicator(id, indicator, form, problems, views.of(actor))));
    }

    /** Drops one indicator from the draft. */
    @POST
    @Path("{id}/indicators/{indicator}/delete")
    @RolesAllowed(Roles.DRAFTER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteIndicator(
            @PathParam("id") String id, @PathParam("indicator") String indicator, @FormParam("_csrf") String csrf) {
        views.verify(csrf);
        indicators.delete(id, indicatorKey(indicator), null, current.actor());
        return ConsoleForms.see("/console/advisories/" + id);
    }

    @POST
    @Path("{id}/{action: submit|approve|return|publish|amend}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(
            @PathParam("id") String id,
            @PathParam("action") String action,
            @FormParam("_csrf") String csrf,
            @FormParam("comment") String comment,
            @FormParam("changeNote") String changeNote) {
        views.verify(csrf);
        Actor actor = current.actor();
        switch (action) {
            case "submit" -> advisories.submit(id, null, actor);
            case "approve" -> signoff.approve(id, null, actor);
            case "return" -> advisories.returnToDraft(id, comment, null, actor);
            case "publish" ->
                advisories.publish(
                        id, changeNote == null || changeNote.isBlank() ? "Published" : changeNote, null, actor);
            default -> advisories.amend(id, null, actor);
        }
        return ConsoleForms.see("/console/advisories/" + id);
    }

    /** The confirmation step of a withdrawal: what it does, and the reason partners will read. */
    @GET
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.PUBLISHER)
    public TemplateInstance confirmWithdrawal(@PathParam("id") String id) {
        Actor actor = current.actor();
        return views.localized(Templates.withdraw(advisories.get(id, actor), "", List.of(), views.of(actor)));
    }

    /** Withdraws the version the confirmation page showed; without a reason the page comes back, nothing changed. */
    @POST
    @Path("{id}/withdraw")
    @RolesAllowed(Roles.PUBLISHER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(
            @PathParam("id") String id,
            @FormParam("_csrf") String csrf,
            @FormParam("reason") String reason,
            @FormParam("version") Long version) {
        views.verify(csrf);
        Actor actor = current.actor();
        ConsoleForms.version(version);
        return ConsoleForms.saveOrShow(
                () -> {
                    advisories.withdraw(id, reason, version, actor);
                    return "/console/advisories/" + id;
                },
                problems -> views.localized(
                        Templates.withdraw(advisories.get(id, actor), reason, problems, views.of(actor))));
    }

    @GET
    @Path("{id}/diff")
    public TemplateInstance diff(@PathParam("id") String id, @QueryParam("from") int from, @QueryParam("to") int to) {
        Actor actor = current.actor();
        return views.localized(
                Templates.diff(advisories.get(id, actor), revisions.diff(id, from, to, actor), views.of(actor)));
    }

    @GET
    @Path("{id}/revisions/{number}/stix")
    @Produces("application/stix+json;version=2.1")
    public Response stix(@PathParam("id") String id, @PathParam("number") int number) {
        return Response.ok(stix.bundle(id, number, current.actor()).toString())
                .header("Content-Disposition", "attachment; filename=\"" + id + "-r" + number + ".stix.json\"")
                .build();
    }

    private static UUID indicatorKey(String indicator) {
        try {
            return UUID.fromString(indicator);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Indicator", indicator);
        }
    }

    private TemplateInstance page(
            String id, String pasted, BulkReport report, String comment, List<Violation> problems) {
        Actor actor = current.actor();
        AdvisoryResponse advisory = advisories.get(id, actor);
        boolean coauthor = advisory.coauthors().contains(actor.organizationId())
                || actor.roles().contains(Roles.ADMIN);
        List<IndicatorResponse> list =
                coauthor ? indicators.list(id, null, null, 500, actor).items() : List.of();
        SignoffState state = coauthor ? signoff.state(id, actor) : null;
        List<CommentResponse> comments = coauthor ? signoff.comments(id, actor) : List.of();
        SightingSummary seen = coauthor && advisory.publishedRevision() > 0 ? sightings.summary(id, actor) : null;
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        return views.localized(Templates.advisory(
                advisory,
                list,
                state,
                revisions.list(id, actor),
                comments,
                seen,
                seen == null ? null : SightingCharts.perDay("sightings-per-day", today, List.of(seen)),
                seen == null ? null : SightingCharts.mostSighted("most-sighted", seen, views.messages()),
                pasted,
                report,
                comment,
                problems,
                views.of(actor)));
    }
}
