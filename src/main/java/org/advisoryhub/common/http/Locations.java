package org.advisoryhub.common.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Redirect targets that never echo the client's Host header. */
final class Locations {

    private Locations() {}

    /**
     * A Location the framework made absolute with the request's Host becomes {@code publicUrl + path}, or just the
     * path when no public URL is configured. Locations on other hosts (an identity provider) are left alone.
     */
    static String withoutClientHost(String location, String hostHeader, Optional<String> publicUrl) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        if (!uri.isAbsolute()
                || uri.getRawAuthority() == null
                || hostHeader == null
                || !uri.getRawAuthority().equalsIgnoreCase(hostHeader.trim())) {
            return location;
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return publicUrl.map(base -> base + path).orElse(path);
    }
}
