package org.advisoryhub.common.security;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Where the framework itself answers a failed sign-in with a challenge (401), a throttled attempt gets 429 with
 * {@code Retry-After} instead, and no invitation to try again. Answers rendered by the API's error mapper already
 * say 429 themselves.
 */
@ApplicationScoped
public class ThrottledChallenge {

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> {
                Long retryAfter = ctx.get(SignInRefusals.RETRY_AFTER);
                if (retryAfter != null && ctx.response().getStatusCode() == 401) {
                    ctx.response().setStatusCode(429).putHeader("Retry-After", String.valueOf(retryAfter))
                            .headers().remove("WWW-Authenticate");
                }
            });
            ctx.next();
        });
    }
}
