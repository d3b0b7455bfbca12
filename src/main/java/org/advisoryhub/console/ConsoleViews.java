package org.advisoryhub.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

    public ConsoleViews(ConsoleSession session, PreferenceService preferences) {
        this.session = session;
        this.preferences = preferences;
    }

    ConsoleView of(Actor actor) {
        String lang = session.locale().getLanguage();
        ZoneId zone = preferences.timeZone(actor.username()).orElseGet(() -> zone(lang));
        return new ConsoleView(
                actor.username(), actor.organizationId(), actor.roles(), session.csrfToken(), lang, zone);
    }

    ConsoleView anonymous() {
        String lang = session.locale().getLanguage();
        return new ConsoleView(null, null, Set.of(), session.csrfToken(), lang, zone(lang));
    }

    /** Without a chosen zone, Korean readers see Seoul time and others UTC. */
    private static ZoneId zone(String lang) {
        return "ko".equals(lang) ? SEOUL : UTC;
    }

    /** The console's labels in the reader's language, for text a page class puts together itself. */
    ConsoleMessages messages() {
        String lang = session.locale().getLanguage();
        return "en".equals(lang)
                ? MessageBundles.get(ConsoleMessages.class)
                : MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(lang));
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

    /** Every console error (any page class, any exception) is shown as the console's error page. */
    @Override
    public boolean renders(String path) {
        return path.equals("/console") || path.startsWith("/console/");
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
