package org.advisoryhub.partner.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.partner.ApiKeyCache;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.partner.ApiKeyService;

/** Turns a valid API key into a partner identity carrying the key's grants. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private final ApiKeyService keys;
    private final ApiKeyCache cache;

    public ApiKeyIdentityProvider(ApiKeyService keys, ApiKeyCache cache) {
        this.keys = keys;
        this.cache = cache;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        // A recently verified key is answered on the I/O thread; only a cache miss needs a worker and the database.
        Optional<ApiKeyGrant> cached = cache.lookupPresented(request.keyId(), request.secret());
        if (cached != null) {
            return cached.map(grant -> Uni.createFrom().item(identity(grant)))
                    .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException()));
        }
        return context.runBlocking(() -> {
            try {
                return keys.authenticate(request.keyId(), request.secret())
                        .map(ApiKeyIdentityProvider::identity)
                        .orElseThrow(AuthenticationFailedException::new);
            } catch (AuthenticationFailedException e) {
                throw e;
            } catch (RuntimeException e) {
                // Never let an internal failure look like a bad key without leaving a trace.
                io.quarkus.logging.Log.errorf(e, "API key check failed for %s", request.keyId());
                throw new AuthenticationFailedException(e);
            }
        });
    }

    private static SecurityIdentity identity(ApiKeyGrant grant) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(grant.keyId()))
                .addRole(Roles.PARTNER)
                .addAttribute(Roles.ORGANIZATION_ATTRIBUTE, grant.organizationId())
                .addAttribute(Roles.API_KEY_ATTRIBUTE, grant)
                .build();
    }
}
