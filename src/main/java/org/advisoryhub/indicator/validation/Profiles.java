package org.advisoryhub.indicator.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Job-platform and freelance profiles: the platform and the profile's handle, or the profile's URL (the platform and
 * handle are read from it). Platforms the hub knows get their handle rules; others any visible name without spaces.
 * Handles are kept in lower case, as the platforms resolve them.
 */
public final class Profiles {

    /** A known platform: its host, the path its profile URLs have (the handle as group 1), and its handle rule. */
    private record Platform(String host, Pattern path, Pattern handle) {}

    private static final Map<String, Platform> PLATFORMS = Map.of(
            "linkedin",
                    new Platform(
                            "linkedin.com",
                            Pattern.compile("/in/([^/?#]+)/?"),
                            Pattern.compile("[\\p{L}\\p{N}-]{3,100}")),
            "upwork",
                    new Platform(
                            "upwork.com",
                            Pattern.compile("/freelancers/(?:~)?([^/?#]+)/?"),
                            Pattern.compile("~?[a-z0-9][a-z0-9_-]{2,63}", Pattern.CASE_INSENSITIVE)),
            "freelancer",
                    new Platform(
                            "freelancer.com",
                            Pattern.compile("/u/([^/?#]+)/?"),
                            Pattern.compile("[A-Za-z0-9_.-]{3,32}")),
            "github",
                    new Platform(
                            "github.com",
                            Pattern.compile("/([^/?#]+)/?"),
                            Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}")),
            "fiverr",
                    new Platform("fiverr.com", Pattern.compile("/([^/?#]+)/?"), Pattern.compile("[A-Za-z0-9_]{3,30}")),
            "toptal",
                    new Platform(
                            "toptal.com",
                            Pattern.compile("/resume/([^/?#]+)/?"),
                            Pattern.compile("[a-z0-9-]{3,100}", Pattern.CASE_INSENSITIVE)));

    private static final Pattern ANY_HANDLE = Pattern.compile("[^\\s/@:]{1,100}");

    private Profiles() {}

    /** Job and freelance platforms whose name may be written before a handle ({@code linkedin:jane-doe}). */
    public static boolean known(String platform) {
        return PLATFORMS.containsKey(platform);
    }

    /** The platform of a profile URL on a known platform's host, or null for any other URL. */
    public static String platformOfUrl(String url) {
        String host = host(url);
        if (host == null) {
            return null;
        }
        for (Map.Entry<String, Platform> p : PLATFORMS.entrySet()) {
            String h = p.getValue().host();
            if ((host.equals(h) || host.endsWith("." + h))
                    && p.getValue().path().matcher(path(url)).matches()) {
                return p.getKey();
            }
        }
        return null;
    }

    /** The normalized handle of a profile given as a handle or its URL on {@code platform}. */
    public static String normalize(String platform, String value) {
        String handle = value.strip();
        if (Urls.looksLikeUrl(handle)) {
            Platform p = PLATFORMS.get(platform);
            if (p == null || !platform.equals(platformOfUrl(handle))) {
                throw new InvalidIndicatorException("'" + value + "' is not a profile URL of " + platform);
            }
            Matcher m = p.path().matcher(path(handle));
            m.matches();
            handle = java.net.URLDecoder.decode(m.group(1), java.nio.charset.StandardCharsets.UTF_8);
        } else if (handle.startsWith("@")) {
            handle = handle.substring(1);
        }
        Platform p = PLATFORMS.get(platform);
        if (!(p == null ? ANY_HANDLE : p.handle()).matcher(handle).matches()) {
            throw new InvalidIndicatorException("'" + handle + "' is not a valid " + platform + " profile name");
        }
        return handle.toLowerCase(Locale.ROOT);
    }

    private static String host(String url) {
        try {
            String host = new URI(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String path(String url) {
        try {
            String path = new URI(url.strip()).getRawPath();
            return path == null ? "" : path;
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
