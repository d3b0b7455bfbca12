package org.advisoryhub.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.advisoryhub.common.error.ErrorPages;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.official.PreferenceService;

/** Builds the common page model, renders pages in the user's language, and draws the error page ErrorMapper asks for. */
@RequestScoped
public class ConsoleViews implements ErrorPages {

    @CheckedTemplate(basePath = "ConsolePages", requireTypeSafeExpressions = true)
    static class Templates {
        static native TemplateInstance error(
                int status, String title, String detail, List<Violation> violations, ConsoleView view);
    }

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final ConsoleSession session;
    private final PreferenceService preferences;
    private final HttpServerRequest request;

    public ConsoleViews(ConsoleSession session, PreferenceService preferences, HttpServerRequest request) {
        this.session = session;
        this.preferences = preferences;
        this.request = request;
    }

    ConsoleView of(Actor actor) {
        String lang = session.locale().getLanguage();
        ZoneId zone = preferences.timeZone(actor.username()).orElseGet(() -> zone(lang));
        return new ConsoleView(
                actor.username(), actor.organizationId(), actor.roles(), session.csrfToken(), lang, zone, here());
    }

    ConsoleView anonymous() {
        String lang = session.locale().getLanguage();
        return new ConsoleView(null, null, Set.of(), session.csrfToken(), lang, zone(lang), here());
    }

    /** This page, URL-encoded, for the language switch to come back to; after a form post, the dashboard. */
    private String here() {
        String target = HttpMethod.GET.equals(request.method()) ? request.uri() : "/console";
        return URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    /**
     * A reader of the public pages, who has no account: the language asked for ({@code lang=ko}), else the console's
     * choice (the browser's preference), and that language's time zone.
     */
    ConsoleView publicReader(String lang) {
        String chosen =
                "ko".equals(lang) || "en".equals(lang) ? lang : session.locale().getLanguage();
        return new ConsoleView(null, null, Set.of(), null, chosen, zone(chosen), null);
    }

    /** Without a chosen zone, Korean readers see Seoul time and others UTC. */
    private static ZoneId zone(String lang) {
        return "ko".equals(lang) ? SEOUL : UTC;
    }

    /** The console's labels in the reader's language, for text a page class puts together itself. */
    ConsoleMessages messages() {
        return ConsoleFormats.labels(session.locale().getLanguage());
    }

    TemplateInstance localized(TemplateInstance page) {
        return page.setLocale(session.locale());
    }

    void choose(String language) {
        session.choose(language);
    }

    void verify(String csrf) {
        session.verify(csrf);
    }

    /** Every error of a page (console or public; any page class, any exception) is shown as an error page. */
    @Override
    public boolean renders(String path) {
        return path.equals("/console")
                || path.startsWith("/console/")
                || path.equals("/public")
                || path.startsWith("/public/");
    }

    @Override
    public Response page(int status, String title, String detail, List<Violation> violations) {
        String page = localized(Templates.error(status, title, detail, violations, anonymous()))
                .render();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page)
                .build();
    }
}
