package org.advisoryhub.indicator.validation;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Accounts and packages on a named platform (a GitHub user, an npm user or package). Platforms the hub
 * knows get their real name rules; others accept any visible name without spaces.
 */
public final class Accounts {

    private static final Pattern PLATFORM = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");
    private static final Pattern ANY_NAME = Pattern.compile("[^\\s/@:]{1,100}");
    private static final Map<String, Pattern> USER_RULES = Map.of(
            "github", Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}"),
            "npm", Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,213}"));
    private static final Pattern NPM_PACKAGE = Pattern.compile("(?:@[a-z0-9-~][a-z0-9-._~]*/)?[a-z0-9-~][a-z0-9-._~]*");

    /** Platforms whose name may be written as a prefix in pasted lists ({@code github:someone}). */
    public static final java.util.Set<String> KNOWN_PLATFORMS = java.util.Set.of(
            "github",
            "gitlab",
            "npm",
            "pypi",
            "linkedin",
            "telegram",
            "x",
            "twitter",
            "upwork",
            "freelancer",
            "fiverr",
            "discord",
            "slack",
            "skype");

    private Accounts() {}

    public static String platform(String platform) {
        if (platform == null || platform.isBlank()) {
            throw new InvalidIndicatorException("platform", "the platform is required (for example github or npm)");
        }
        String p = platform.trim().toLowerCase(Locale.ROOT);
        if (!PLATFORM.matcher(p).matches()) {
            throw new InvalidIndicatorException("platform", "a platform is a short lower-case name such as github");
        }
        return "twitter".equals(p) ? "x" : p;
    }

    public static String normalizeUser(String platform, String name) {
        String user = name.startsWith("@") ? name.substring(1) : name;
        Pattern rule = USER_RULES.getOrDefault(platform, ANY_NAME);
        if (!rule.matcher(user).matches()) {
            throw new InvalidIndicatorException("'" + user + "' is not a valid " + platform + " user name");
        }
        return user.toLowerCase(Locale.ROOT);
    }

    public static String normalizePackage(String platform, String name) {
        if ("npm".equals(platform)) {
            if (name.length() > 214 || !NPM_PACKAGE.matcher(name).matches()) {
                throw new InvalidIndicatorException("'" + name + "' is not a valid npm package name");
            }
            return name;
        }
        if (!Pattern.compile("[^\\s]{1,214}").matcher(name).matches()) {
            throw new InvalidIndicatorException("a package name has no spaces and at most 214 characters");
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
