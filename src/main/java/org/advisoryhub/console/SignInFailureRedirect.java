package org.advisoryhub.console;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.advisoryhub.common.security.SignInRefusals;

/**
 * The framework answers a failed console sign-in, or a session that no longer counts (password changed, account
 * disabled), with a bare 401: the other mechanisms' challenge wins over the form's sign-in page. A browser user
 * should land on the sign-in page instead: after a wrong password with a message, after too many with how long
 * to wait (a page that answers 429), and after an ended session with the stale cookie cleared.
 */
@ApplicationScoped
public class SignInFailureRedirect {

    private static final String FORM = "/console/j_security_check";

    void install(@Observes Router router) {
        router.route("/console/*").order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(v -> {
                int status = context.response().getStatusCode();
                boolean form = FORM.equals(context.normalizedPath());
                if (status == 401 || form && status == 429) {
                    Long wait = context.get(SignInRefusals.RETRY_AFTER);
                    String target =
                            !form ? "/console/login" : "/console/login-failed" + (wait == null ? "" : "?wait=" + wait);
                    context.response()
                            .setStatusCode(302)
                            .putHeader(HttpHeaders.LOCATION, target)
                            .headers()
                            .remove("WWW-Authenticate")
                            .remove("Retry-After");
                    if (!form) {
                        context.response()
                                .headers()
                                .add(
                                        "Set-Cookie",
                                        ConsolePages.SESSION_COOKIE
                                                + "=; Path=/console; Max-Age=0; HttpOnly; SameSite=Strict");
                    }
                }
            });
            context.next();
        });
    }
}
