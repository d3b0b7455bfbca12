package org.advisoryhub.official;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.Roles;

/** HTTP Basic against the local accounts; yields the same roles and organization attribute as OIDC will. */
@ApplicationScoped
public class LocalAccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final OfficialService officials;

    public LocalAccountIdentityProvider(OfficialService officials) {
        this.officials = officials;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> officials
                .authenticate(request.getUsername(), request.getPassword().getPassword())
                .map(LocalAccountIdentityProvider::identity)
                .orElseThrow(AuthenticationFailedException::new));
    }

    static SecurityIdentity identity(Actor actor) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(actor.username()))
                .addRoles(actor.roles())
                .addAttribute(Roles.ORGANIZATION_ATTRIBUTE, actor.organizationId())
                .build();
    }
}
