package org.advisoryhub.console;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Sets the cookies a console request created (CSRF token, language) on its response, and the security headers of
 * every page (console and public).
 */
public class ConsoleCookies {

    @Inject
    ConsoleSession session;

    @ServerResponseFilter
    public void addCookies(ContainerResponseContext response, jakarta.ws.rs.core.UriInfo uri) {
        boolean open = uri.getPath().startsWith("/public");
        if (!uri.getPath().startsWith("/console") && !open) {
            return;
        }
        if (!open) {
            // The public pages set no cookie and may be cached; the console's pages are private.
            for (var cookie : session.newCookies()) {
                response.getHeaders().add(HttpHeaders.SET_COOKIE, cookie);
            }
            response.getHeaders().putSingle("Cache-Control", "no-store");
        }
        response.getHeaders().putSingle("X-Frame-Options", "DENY");
        response.getHeaders()
                .putSingle(
                        "Content-Security-Policy",
                        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'");
    }
}
