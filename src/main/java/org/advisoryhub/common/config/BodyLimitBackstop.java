package org.advisoryhub.common.config;

import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Sets the HTTP layer's body cut-off to twice the hub's limit. That layer answers an oversized chunked body with
 * a bare 413, so it must never be the first to refuse one: {@code BodyLimit} counts and refuses first, with a
 * proper error. Read before the application's configuration exists, hence from the environment and system
 * properties; {@code QUARKUS_HTTP_LIMITS_MAX_BODY_SIZE} still overrides it.
 */
public class BodyLimitBackstop implements ConfigSource {

    static final String PROPERTY = "quarkus.http.limits.max-body-size";
    private static final long DEFAULT_LIMIT = 10_485_760;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PROPERTY);
    }

    @Override
    public String getValue(String name) {
        return PROPERTY.equals(name) ? String.valueOf(2 * hubLimit(System.getenv(), System.getProperties())) : null;
    }

    static long hubLimit(Map<String, String> env, java.util.Properties properties) {
        String text = properties.getProperty("hub.taxii.max-content-length", env.get("HUB_TAXII_MAX_CONTENT_LENGTH"));
        try {
            return text == null ? DEFAULT_LIMIT : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }

    @Override
    public int getOrdinal() {
        // Above application.properties (250), below environment variables (300).
        return 275;
    }

    @Override
    public String getName() {
        return "advisory-hub-body-limit-backstop";
    }
}
