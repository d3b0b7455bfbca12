package org.advisoryhub.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hub's one credential reader, so that the path alone decides what a credential is. On partner paths
 * ({@code /taxii2}, {@code /feeds}, and the partner REST calls: screening, sightings, webhooks) HTTP Basic carries an API key (key id as user, secret as password, as every TAXII 2.1
 * client can send) and so does {@code Bearer <keyId>.<secret>}. Elsewhere HTTP Basic carries an official's
 * local account; other schemes are left to other mechanisms.
 */
@ApplicationScoped
public class HubAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Kept in step with {@code quarkus.http.auth.permission.partner-keys.paths}. */
    private static final List<String> PARTNER_ROOTS =
            List.of("/taxii2", "/feeds", "/api/v1/screen", "/api/v1/sightings", "/api/v1/webhooks");

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return Uni.createFrom().optional(Optional.empty());
        }
        boolean partner = isPartnerPath(context.normalizedPath());
        String[] parts = header.trim().split("\\s+", 2);
        String scheme = parts[0];
        String value = parts.length > 1 ? parts[1] : "";
        if ("Basic".equalsIgnoreCase(scheme)) {
            String[] userPassword = split(decode(value), ':');
            if (userPassword == null) {
                return fail();
            }
            AuthenticationRequest request = partner
                    ? new ApiKeyAuthenticationRequest(userPassword[0], userPassword[1])
                    : new UsernamePasswordAuthenticationRequest(
                            userPassword[0], new PasswordCredential(userPassword[1].toCharArray()));
            return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
        }
        if (partner && "Bearer".equalsIgnoreCase(scheme)) {
            String[] keyAndSecret = split(value, '.');
            return keyAndSecret == null
                    ? fail()
                    : identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(
                            new ApiKeyAuthenticationRequest(keyAndSecret[0], keyAndSecret[1]), context));
        }
        return partner ? fail() : Uni.createFrom().optional(Optional.empty());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String realm = isPartnerPath(context.normalizedPath()) ? "advisory-hub-taxii" : "advisory-hub";
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"" + realm + "\""));
    }

    /** Named "hub" so that partner paths can be bound to this mechanism alone. */
    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, "hub"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class, UsernamePasswordAuthenticationRequest.class);
    }

    /** Paths partners call with API keys: TAXII, the flat feeds and the partner REST calls. */
    public static boolean isPartnerPath(String path) {
        if (path == null) {
            return false;
        }
        for (String root : PARTNER_ROOTS) {
            if (path.equals(root) || path.startsWith(root + "/")) {
                return true;
            }
        }
        return false;
    }

    private static Uni<SecurityIdentity> fail() {
        return Uni.createFrom().failure(new AuthenticationFailedException("malformed credentials"));
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String[] split(String text, char separator) {
        if (text == null) {
            return null;
        }
        int cut = text.indexOf(separator);
        if (cut <= 0 || cut == text.length() - 1) {
            return null;
        }
        return new String[] {text.substring(0, cut), text.substring(cut + 1)};
    }
}
