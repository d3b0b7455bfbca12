package org.advisoryhub.console;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A wrong password on the console's sign-in form ends in the framework's bare 401 (the other mechanisms' challenge
 * wins over the form's error page); a browser user should land on the sign-in page again, with a message.
 */
@ApplicationScoped
public class SignInFailureRedirect {

    void install(@Observes Router router) {
        router.post("/console/j_security_check").order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(v -> {
                if (context.response().getStatusCode() == 401) {
                    context.response().setStatusCode(302).putHeader(HttpHeaders.LOCATION, "/console/login-failed")
                            .headers().remove("WWW-Authenticate");
                }
            });
            context.next();
        });
    }
}
