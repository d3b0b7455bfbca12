package org.advisoryhub.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * An attempt refused without looking at the credential, because the account or the source must wait. To the
 * framework it is an authentication failure (its exception type is final, so the wait travels as an attribute);
 * the answer becomes a 429 with {@code Retry-After}.
 */
public final class SignInRefusals {

    /** Routing context key and exception attribute: seconds to wait. */
    public static final String RETRY_AFTER = "hub.sign-in.retry-after";

    private SignInRefusals() {}

    /** Refuses this attempt, leaving word for the HTTP layer when the request is known. */
    public static AuthenticationFailedException refuse(RoutingContext routing, long retryAfterSeconds) {
        if (routing != null) {
            routing.put(RETRY_AFTER, retryAfterSeconds);
        }
        return new AuthenticationFailedException(
                "Too many failed sign-in attempts; try again in " + retryAfterSeconds + " s",
                Map.of(RETRY_AFTER, retryAfterSeconds));
    }

    /** The wait a refusal carries, or null for an ordinary authentication failure. */
    public static Long retryAfter(AuthenticationFailedException e) {
        return e.getAttribute(RETRY_AFTER);
    }

    /** Where an attempt comes from, as the HTTP layer sees it (the proxy's forwarding settings apply). */
    public static String sourceOf(RoutingContext routing) {
        if (routing == null || routing.request().remoteAddress() == null) {
            return "unknown";
        }
        return routing.request().remoteAddress().hostAddress();
    }
}
