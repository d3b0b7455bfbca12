package org.advisoryhub.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.ActorKind;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.common.security.SignInRefusals;
import org.advisoryhub.official.OfficialService;
import org.advisoryhub.official.VerifiedCredentials;

/**
 * A local account's user name and password (HTTP Basic on the API, the console's sign-in form), throttled per
 * account and per source, and answered from {@link VerifiedCredentials} when the same password was checked moments
 * ago. Yields the same roles and organization attribute as OIDC does.
 */
@ApplicationScoped
public class LocalAccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** The console's form posts here; the session it starts names its epoch in the principal. */
    private static final String FORM_PATH = "/console/j_security_check";

    private final OfficialService officials;
    private final VerifiedCredentials verified;
    private final SignInThrottle throttle;
    private final AuditService audit;

    public LocalAccountIdentityProvider(
            OfficialService officials, VerifiedCredentials verified, SignInThrottle throttle, AuditService audit) {
        this.officials = officials;
        this.verified = verified;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String username = request.getUsername();
        char[] password = request.getPassword().getPassword();
        String account = "official:" + SignInThrottle.subject(username);
        String source = SignInRefusals.sourceOf(routing);
        long wait = throttle.retryAfter(account, source);
        if (wait > 0) {
            return Uni.createFrom().failure(SignInRefusals.refuse(routing, wait));
        }
        boolean form = routing != null && FORM_PATH.equals(routing.normalizedPath());
        if (!form) {
            Optional<Actor> remembered = verified.lookup(username, password);
            if (remembered.isPresent()) {
                throttle.succeeded(account);
                return Uni.createFrom().item(identity(remembered.get()));
            }
        }
        return context.runBlocking(() -> {
            long generation = verified.generation();
            Optional<OfficialService.SignedIn> signedIn = officials.authenticate(username, password);
            if (signedIn.isEmpty()) {
                recordFailure(account, source, SignInThrottle.subject(username));
                throw new AuthenticationFailedException();
            }
            throttle.succeeded(account);
            Actor actor = signedIn.get().actor();
            if (form) {
                return sessionIdentity(actor, signedIn.get().sessionEpoch());
            }
            verified.remember(username, password, actor, generation);
            return identity(actor);
        });
    }

    private void recordFailure(String account, String source, String username) {
        SignInThrottle.Lockout lockout = throttle.failed(account, source);
        if (lockout != null) {
            audit.signInThrottled(
                    ActorKind.OFFICIAL,
                    "official",
                    username,
                    source,
                    lockout.failures(),
                    lockout.retryAfterSeconds(),
                    lockout.subject());
        }
    }

    static SecurityIdentity identity(Actor actor) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(actor.username()))
                .addRoles(actor.roles())
                .addAttribute(Roles.ORGANIZATION_ATTRIBUTE, actor.organizationId())
                .build();
    }

    /**
     * The identity a console session is made of: the principal (which the session cookie keeps) is
     * {@code username#epoch}, so that a password change or a disabled account, which move the epoch on, end it.
     */
    static SecurityIdentity sessionIdentity(Actor actor, int epoch) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(actor.username() + "#" + epoch))
                .addRoles(actor.roles())
                .addAttribute(Roles.ORGANIZATION_ATTRIBUTE, actor.organizationId())
                .addAttribute(Roles.USERNAME_ATTRIBUTE, actor.username())
                .build();
    }
}
