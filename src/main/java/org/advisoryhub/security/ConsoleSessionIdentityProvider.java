package org.advisoryhub.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryhub.official.OfficialService;

/**
 * Turns a console session cookie back into the official's identity, read fresh from the account: changed roles
 * take effect at once, and a disabled account or a changed password (which move the session epoch on) end the
 * session. The cookie counts only on console pages: on the API it identifies no one.
 */
@ApplicationScoped
public class ConsoleSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final OfficialService officials;

    public ConsoleSessionIdentityProvider(OfficialService officials) {
        this.officials = officials;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String path = routing == null ? null : routing.normalizedPath();
        if (path == null || !(path.equals("/console") || path.startsWith("/console/"))) {
            return Uni.createFrom()
                    .failure(new AuthenticationFailedException("console sessions are valid on the console only"));
        }
        String principal = request.getPrincipal();
        int cut = principal.lastIndexOf('#');
        String username = cut < 0 ? principal : principal.substring(0, cut);
        int epoch;
        try {
            epoch = cut < 0 ? 0 : Integer.parseInt(principal.substring(cut + 1));
        } catch (NumberFormatException e) {
            return Uni.createFrom().failure(new AuthenticationFailedException("not a session this hub made"));
        }
        return context.runBlocking(() -> officials
                .activeSession(username, epoch)
                .map(actor -> LocalAccountIdentityProvider.sessionIdentity(actor, epoch))
                .orElseThrow(AuthenticationFailedException::new));
    }
}
