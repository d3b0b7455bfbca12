package org.advisoryhub.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The key that encrypts console session cookies. Without {@code HUB_SESSION_KEY} the framework would make a
 * temporary one and print it; the hub makes its own instead, so no key ever reaches the log.
 */
public final class SessionKey {

    private static final Logger LOG = Logger.getLogger(SessionKey.class.getName());
    private static final String PROPERTY = "quarkus.http.auth.session.encryption-key";

    private SessionKey() {}

    public static void ensure(Map<String, String> env) {
        if (isSet(env.get("HUB_SESSION_KEY"))
                || isSet(env.get("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"))
                || isSet(System.getProperty(PROPERTY))) {
            return;
        }
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        System.setProperty(PROPERTY, Base64.getEncoder().encodeToString(key));
        LOG.warning(
                "HUB_SESSION_KEY is not set: console sessions use a random key of this process and end when it stops;"
                        + " set the same HUB_SESSION_KEY on every instance");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
