package org.advisoryhub.official;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Turns a console session cookie back into the official's identity, read fresh from the account (roles changed or
 * account disabled take effect at once). The cookie counts only on console pages: on the API it identifies no one.
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
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String path = routing == null ? null : routing.normalizedPath();
        if (path == null || !(path.equals("/console") || path.startsWith("/console/"))) {
            return Uni.createFrom().failure(new AuthenticationFailedException("console sessions are valid on the console only"));
        }
        return context.runBlocking(() -> officials.active(request.getPrincipal())
                .map(LocalAccountIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }
}
