package org.advisoryhub.common.http;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.ServerCookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.security.SignInRefusals;

/**
 * Headers every answer carries, whichever layer wrote it (REST resources, the sign-in form, the error pages):
 * {@code nosniff} everywhere; {@code no-store} on the API and TAXII; {@code Referrer-Policy} on the console;
 * {@code Secure} cookies when the client reached the hub over https (directly or through a proxy that says
 * {@code X-Forwarded-Proto: https}); redirects that point at {@code hub.public-url}, never at whatever Host header
 * the client sent; and, where the framework itself challenges a throttled sign-in with a 401, a 429 with
 * {@code Retry-After} instead, and no invitation to try again (answers the API's error mapper renders say 429
 * themselves). One handler for all of it, as it runs on every request.
 */
@ApplicationScoped
public class ResponseHeaders {

    private final Optional<String> publicUrl;

    public ResponseHeaders(HubConfig config) {
        this.publicUrl = config.publicUrl().map(u -> u.replaceAll("/+$", ""));
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(ctx -> {
            ctx.addHeadersEndHandler(v -> apply(ctx));
            ctx.next();
        });
    }

    private void apply(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpServerResponse response = ctx.response();
        String path = ctx.normalizedPath();
        Long retryAfter = ctx.get(SignInRefusals.RETRY_AFTER);
        if (retryAfter != null && response.getStatusCode() == 401) {
            response.setStatusCode(429)
                    .putHeader("Retry-After", String.valueOf(retryAfter))
                    .headers()
                    .remove("WWW-Authenticate");
        }
        response.putHeader("X-Content-Type-Options", "nosniff");
        if (under(path, "/api") || under(path, "/taxii2")) {
            response.putHeader("Cache-Control", "no-store");
        }
        if (under(path, "/console")) {
            response.putHeader("Referrer-Policy", "same-origin");
        }
        if (overHttps(request)) {
            secureCookies(request, response);
        }
        String location = response.headers().get("Location");
        if (location != null) {
            response.putHeader("Location", Locations.withoutClientHost(location, request.getHeader("Host"), publicUrl));
        }
    }

    private boolean overHttps(HttpServerRequest request) {
        String forwarded = request.getHeader("X-Forwarded-Proto");
        return request.isSSL()
                || forwarded != null
                        && forwarded.trim().toLowerCase(Locale.ROOT).startsWith("https")
                || publicUrl.map(u -> u.startsWith("https:")).orElse(false);
    }

    /** Both kinds: cookies added through Vert.x (the sign-in form) and Set-Cookie headers (REST responses). */
    private static void secureCookies(HttpServerRequest request, HttpServerResponse response) {
        for (Cookie cookie : request.cookies()) {
            if (cookie instanceof ServerCookie server && server.isChanged()) {
                cookie.setSecure(true);
            }
        }
        List<String> headers = response.headers().getAll("Set-Cookie");
        if (!headers.isEmpty()) {
            response.headers().remove("Set-Cookie");
            for (String header : headers) {
                response.headers()
                        .add(
                                "Set-Cookie",
                                header.toLowerCase(Locale.ROOT).contains("; secure") ? header : header + "; Secure");
            }
        }
    }

    private static boolean under(String path, String root) {
        return path != null && (path.equals(root) || path.startsWith(root + "/"));
    }
}
