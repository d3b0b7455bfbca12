package org.advisoryhub.partner.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * API keys on partner paths ({@code /taxii2}): HTTP Basic with the key id as user and the secret as password
 * (what every TAXII 2.1 client supports), or {@code Authorization: Bearer <keyId>.<secret>}. Other paths are
 * left to the officials' mechanisms.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String REALM = "advisory-hub-taxii";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        if (!isPartnerPath(context.normalizedPath())) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        String header = context.request().getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        ApiKeyAuthenticationRequest request = parse(header.trim());
        if (request == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException("malformed credentials"));
        }
        return identities.authenticate(request);
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Basic realm=\"" + REALM + "\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(ApiKeyAuthenticationRequest.class);
    }

    @Override
    public int getPriority() {
        // Ahead of the officials' Basic mechanism, so /taxii2 Basic credentials are read as API keys.
        return DEFAULT_PRIORITY + 1000;
    }

    public static boolean isPartnerPath(String path) {
        return path != null && (path.equals("/taxii2") || path.startsWith("/taxii2/"));
    }

    static ApiKeyAuthenticationRequest parse(String header) {
        int space = header.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String scheme = header.substring(0, space);
        String value = header.substring(space + 1).trim();
        String keyAndSecret;
        char separator;
        if ("Basic".equalsIgnoreCase(scheme)) {
            try {
                keyAndSecret = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return null;
            }
            separator = ':';
        } else if ("Bearer".equalsIgnoreCase(scheme)) {
            keyAndSecret = value;
            separator = '.';
        } else {
            return null;
        }
        int cut = keyAndSecret.indexOf(separator);
        if (cut <= 0 || cut == keyAndSecret.length() - 1) {
            return null;
        }
        return new ApiKeyAuthenticationRequest(keyAndSecret.substring(0, cut), keyAndSecret.substring(cut + 1));
    }
}
