package org.advisoryhub.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.common.security.ActorKind;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.common.security.SignInRefusals;
import org.advisoryhub.partner.ApiKeyCache;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.partner.ApiKeyService;

/** Turns a valid API key into a partner identity carrying the key's grants; guessing is throttled per source. */
@ApplicationScoped
public class ApiKeyIdentityProvider implements IdentityProvider<ApiKeyAuthenticationRequest> {

    private final ApiKeyService keys;
    private final ApiKeyCache cache;
    private final SignInThrottle throttle;
    private final AuditService audit;

    public ApiKeyIdentityProvider(ApiKeyService keys, ApiKeyCache cache, SignInThrottle throttle, AuditService audit) {
        this.keys = keys;
        this.cache = cache;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Class<ApiKeyAuthenticationRequest> getRequestType() {
        return ApiKeyAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            ApiKeyAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String keyId = SignInThrottle.subject(request.keyId());
        String source = SignInRefusals.sourceOf(routing);
        // Per source only, never per key: see SignInThrottle.
        long wait = throttle.retryAfter(null, source);
        if (wait > 0) {
            return Uni.createFrom().failure(SignInRefusals.refuse(routing, wait));
        }
        // A recently verified key is answered on the I/O thread; only a cache miss needs a worker and the database.
        Optional<ApiKeyGrant> cached = cache.lookupPresented(request.keyId(), request.secret());
        if (cached != null && cached.isPresent()) {
            return Uni.createFrom().item(identity(cached.get()));
        }
        return context.runBlocking(() -> {
            Optional<ApiKeyGrant> grant;
            try {
                grant = cached != null ? cached : keys.authenticate(request.keyId(), request.secret());
            } catch (RuntimeException e) {
                // Never let an internal failure look like a bad key without leaving a trace.
                io.quarkus.logging.Log.errorf(e, "API key check failed for %s", keyId);
                throw new AuthenticationFailedException(e);
            }
            if (grant.isEmpty()) {
                recordFailure(source, keyId);
                throw new AuthenticationFailedException();
            }
            return identity(grant.get());
        });
    }

    private void recordFailure(String source, String keyId) {
        SignInThrottle.Lockout lockout = throttle.failed(null, source);
        if (lockout != null) {
            audit.signInThrottled(
                    ActorKind.PARTNER,
                    "api-key",
                    keyId,
                    source,
                    lockout.failures(),
                    lockout.retryAfterSeconds(),
                    lockout.subject());
        }
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
