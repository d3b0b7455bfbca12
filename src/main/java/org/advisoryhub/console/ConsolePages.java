package org.advisoryhub.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.advisoryhub.advisory.AdvisoryQuery;
import org.advisoryhub.advisory.AdvisoryService;
import org.advisoryhub.advisory.AdvisoryStatus;
import org.advisoryhub.advisory.dto.AdvisorySummary;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.CurrentOfficial;
import org.advisoryhub.common.text.FormText;
import org.advisoryhub.official.OfficialService;
import org.advisoryhub.official.PreferenceService;
import org.advisoryhub.revision.PublicationActivity;
import org.advisoryhub.revision.ReviewService;
import org.advisoryhub.revision.dto.ReviewDue;
import org.advisoryhub.sighting.SightingService;
import org.advisoryhub.sighting.dto.SightingSummary;
import org.advisoryhub.signoff.SignoffService;

/** The console's entry pages: sign-in, the dashboard and the language switch. */
@FormText
@Path("/console")
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    /** Kept in step with {@code quarkus.http.auth.form.cookie-name}. */
    static final String SESSION_COOKIE = "hub-session";
    /** The session cookie of the console's OIDC tenant, when officials sign in through Keycloak. */
    static final String OIDC_SESSION_COOKIE = "q_session_console";

    @CheckedTemplate(requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance login(boolean failed, Long wait, ConsoleView view);

        static native TemplateInstance account(List<Violation> problems, List<String> zones, ConsoleView view);

        static native TemplateInstance dashboard(
                List<AdvisorySummary> drafts,
                List<AdvisorySummary> awaiting,
                List<AdvisorySummary> published,
                List<SightingSummary> sightings,
                Page<ReviewDue.Advisory> reviews,
                Page<ReviewDue.Indicator> expiring,
                DayChart publications,
                DayChart sightingsPerDay,
                ConsoleView view);
    }

    /** A console page to return to: a path and query of plain URL characters, never another host. */
    private static final java.util.regex.Pattern SAFE_BACK =
            java.util.regex.Pattern.compile("/console([/?][A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?");

    /** The zones the account page offers: where the working groups' agencies and partners sit. */
    private static final List<String> TIME_ZONES = List.of(
            "Asia/Seoul",
            "UTC",
            "America/New_York",
            "America/Chicago",
            "America/Denver",
            "America/Los_Angeles",
            "Pacific/Honolulu",
            "Europe/London",
            "Europe/Paris",
            "Asia/Tokyo",
            "Asia/Singapore",
            "Australia/Sydney");

    /** Rows of each review list on the dashboard; the API lists the rest. */
    private static final int DASHBOARD_ROWS = 10;

    private final AdvisoryService advisories;
    private final ReviewService reviews;
    private final SignoffService signoff;
    private final SightingService sightings;
    private final CurrentOfficial current;
    private final ConsoleViews views;
    private final OfficialService officials;
    private final PreferenceService preferences;
    private final PublicationActivity activity;
    private final Clock clock;

    public ConsolePages(
            AdvisoryService advisories,
            ReviewService reviews,
            SignoffService signoff,
            SightingService sightings,
            CurrentOfficial current,
            ConsoleViews views,
            OfficialService officials,
            PreferenceService preferences,
            PublicationActivity activity,
            Clock clock) {
        this.preferences = preferences;
        this.activity = activity;
        this.clock = clock;
        this.reviews = reviews;
        this.officials = officials;
        this.sightings = sightings;
        this.advisories = advisories;
        this.signoff = signoff;
        this.current = current;
        this.views = views;
    }

    @GET
    @Path("login")
    @PermitAll
    public TemplateInstance login() {
        return views.localized(Templates.login(false, null, views.anonymous()));
    }

    /**
     * Where a failed sign-in lands (kept in step with {@code quarkus.http.auth.form.error-page}); after too many, with
     * how long to wait, as a 429.
     */
    @GET
    @Path("login-failed")
    @PermitAll
    public Response loginFailed(@QueryParam("wait") Long wait) {
        TemplateInstance page = views.localized(Templates.login(true, wait, views.anonymous()));
        if (wait == null || wait < 1) {
            return Response.ok(page).build();
        }
        return Response.status(429).header("Retry-After", wait).entity(page).build();
    }

    @GET
    @Authenticated
    public TemplateInstance dashboard() {
        Actor actor = current.actor();
        List<AdvisorySummary> drafts = list(AdvisoryStatus.DRAFT, actor);
        // Only co-authors follow a sign-off; an advisory others amend is not theirs to sign.
        List<AdvisorySummary> awaiting = list(AdvisoryStatus.IN_REVIEW, actor).stream()
                .filter(a -> a.coauthors().contains(actor.organizationId()))
                .filter(a -> signoff.state(a.id(), actor).missing().contains(actor.organizationId()))
                .toList();
        List<AdvisorySummary> published = list(AdvisoryStatus.PUBLISHED, actor);
        // Partners' sightings of the indicators of our five most recent published advisories.
        List<SightingSummary> seen = published.stream()
                .filter(a -> a.coauthors().contains(actor.organizationId()))
                .limit(5)
                .map(a -> sightings.summary(a.id(), actor))
                .filter(s -> s.sightings() > 0)
                .toList();
        Page<ReviewDue.Advisory> due = reviews.advisories(null, null, DASHBOARD_ROWS, actor);
        Page<ReviewDue.Indicator> expiring = reviews.indicators(null, null, DASHBOARD_ROWS, actor);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate from = today.minusDays(SightingCharts.DAYS - 1);
        String publishedLabel = views.messages().publications();
        List<DayChart.Row> perDay = activity.perDay(from, actor).entrySet().stream()
                .map(d -> new DayChart.Row(d.getKey(), publishedLabel, d.getValue()))
                .toList();
        return views.localized(Templates.dashboard(
                drafts,
                awaiting,
                published,
                seen,
                due,
                expiring,
                DayChart.of("publications-per-day", from, today, perDay),
                SightingCharts.perDay("sightings-per-day", today, seen),
                views.of(actor)));
    }

    /** The signed-in official's own account: changing the password. */
    @GET
    @Path("account")
    @Authenticated
    public TemplateInstance account() {
        return account(List.of(), current.actor());
    }

    /** Sets the zone pages show times in; blank goes back to the language's default. */
    @POST
    @Path("account/time-zone")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setTimeZone(@FormParam("_csrf") String csrf, @FormParam("timeZone") String timeZone) {
        views.verify(csrf);
        Actor actor = current.actor();
        return ConsoleForms.saveOrShow(
                () -> {
                    preferences.setTimeZone(actor, timeZone);
                    return "/console/account";
                },
                problems -> account(problems, actor));
    }

    private TemplateInstance account(List<Violation> problems, Actor actor) {
        ConsoleView view = views.of(actor);
        List<String> zones = new java.util.ArrayList<>(TIME_ZONES);
        if (!zones.contains(view.zone().getId())) {
            zones.add(0, view.zone().getId());
        }
        return views.localized(Templates.account(problems, zones, view));
    }

    /** Changes the password; every session of the official ends, so the next page is the sign-in page. */
    @POST
    @Path("account/password")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changePassword(
            @FormParam("_csrf") String csrf,
            @FormParam("currentPassword") String currentPassword,
            @FormParam("newPassword") String newPassword) {
        views.verify(csrf);
        Actor actor = current.actor();
        return ConsoleForms.saveOrShow(
                () -> {
                    officials.changeOwnPassword(actor, currentPassword, newPassword);
                    return "/console/login";
                },
                problems -> account(problems, actor));
    }

    /** Switches the language (a cookie) and goes back to where the user was. */
    @GET
    @Path("language")
    @PermitAll
    public Response language(@QueryParam("lang") String lang, @QueryParam("back") String back) {
        views.choose(lang);
        String target = back != null && SAFE_BACK.matcher(back).matches() ? back : "/console";
        return Response.seeOther(URI.create(target)).build();
    }

    /** Ends the session: the browser drops the session cookie (it also expires by itself after inactivity). */
    @POST
    @Path("logout")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@FormParam("_csrf") String csrf) {
        views.verify(csrf);
        NewCookie form = new NewCookie.Builder(SESSION_COOKIE)
                .path("/console")
                .value("")
                .maxAge(0)
                .build();
        NewCookie oidc = new NewCookie.Builder(OIDC_SESSION_COOKIE)
                .path("/console")
                .value("")
                .maxAge(0)
                .build();
        return Response.seeOther(URI.create("/console/login"))
                .cookie(form, oidc)
                .build();
    }

    private List<AdvisorySummary> list(AdvisoryStatus status, Actor actor) {
        return advisories
                .search(AdvisoryQuery.ofStatus(status), null, 20, actor)
                .items();
    }
}
