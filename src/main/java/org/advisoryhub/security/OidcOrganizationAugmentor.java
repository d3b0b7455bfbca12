package org.advisoryhub.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Gives officials signed in through Keycloak the same organization attribute local accounts carry, from the token
 * claim {@code hub.oidc.organization-claim} (default {@code organization}). Roles come from Keycloak realm roles.
 */
@ApplicationScoped
public class OidcOrganizationAugmentor implements SecurityIdentityAugmentor {

    private final HubConfig config;

    public OidcOrganizationAugmentor(HubConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()
                || identity.getAttribute(Roles.ORGANIZATION_ATTRIBUTE) != null
                || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        Object claim = token.getClaim(config.oidc().organizationClaim());
        if (claim == null) {
            return Uni.createFrom().item(identity);
        }
        String organization = claim.toString().replace("\"", "");
        return Uni.createFrom()
                .item(QuarkusSecurityIdentity.builder(identity)
                        .addAttribute(Roles.ORGANIZATION_ATTRIBUTE, organization)
                        .build());
    }
}
