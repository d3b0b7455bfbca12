package org.advisoryhub.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.advisoryhub.common.error.ForbiddenOperationException;

/** The signed-in official of this request, whatever mechanism authenticated them. */
@RequestScoped
public class CurrentOfficial {

    private final SecurityIdentity identity;

    public CurrentOfficial(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Actor actor() {
        String org = identity.getAttribute(Roles.ORGANIZATION_ATTRIBUTE);
        if (identity.isAnonymous() || org == null) {
            throw new ForbiddenOperationException("Only officials who belong to an organization may do this");
        }
        String username = identity.getAttribute(Roles.USERNAME_ATTRIBUTE);
        return new Actor(username != null ? username : identity.getPrincipal().getName(), org, identity.getRoles());
    }
}
