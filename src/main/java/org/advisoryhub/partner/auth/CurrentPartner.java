package org.advisoryhub.partner.auth;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.partner.ApiKeyGrant;

/** The API key of this request and what it grants. */
@RequestScoped
public class CurrentPartner {

    private final SecurityIdentity identity;

    public CurrentPartner(SecurityIdentity identity) {
        this.identity = identity;
    }

    public ApiKeyGrant grant() {
        ApiKeyGrant grant = identity.getAttribute(Roles.API_KEY_ATTRIBUTE);
        if (grant == null) {
            throw new ForbiddenException("only API keys may use this endpoint");
        }
        return grant;
    }
}
