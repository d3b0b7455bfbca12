package org.advisoryhub.indicator.validation;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** URLs with a host: scheme and host are canonicalized, the rest is kept as given. */
public final class Urls {

    private static final Pattern URL = Pattern.compile("([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#\\s]*)([^\\s]*)");
    private static final Pattern HOST_PORT = Pattern.compile("(\\[[^]]+]|[^:]+)(?::(\\d{1,5}))?");
    private static final Map<String, Integer> DEFAULT_PORTS =
            Map.of("http", 80, "https", 443, "ftp", 21, "ws", 80, "wss", 443);

    private Urls() {}

    public static boolean looksLikeUrl(String value) {
        return value.matches("[a-zA-Z][a-zA-Z0-9+.-]*://.*");
    }

    public static String normalize(String value) {
        Matcher m = URL.matcher(value);
        if (!m.matches()) {
            throw new InvalidIndicatorException("a URL is scheme://host/path without spaces");
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        if (!DEFAULT_PORTS.containsKey(scheme)) {
            throw new InvalidIndicatorException("scheme '" + scheme + "' is not http, https, ftp, ws or wss");
        }
        String authority = m.group(2);
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        Matcher hp = HOST_PORT.matcher(authority.substring(at + 1));
        if (!hp.matches()) {
            throw new InvalidIndicatorException("the URL has no valid host");
        }
        String host = host(hp.group(1));
        String port = "";
        if (hp.group(2) != null) {
            int p = Integer.parseInt(hp.group(2));
            if (p < 1 || p > 65535) {
                throw new InvalidIndicatorException("port " + p + " is out of range");
            }
            port = p == DEFAULT_PORTS.get(scheme) ? "" : ":" + p;
        }
        String rest = m.group(3).isEmpty() ? "/" : m.group(3);
        return scheme + "://" + userInfo + host + port + rest;
    }

    private static String host(String host) {
        if (host.startsWith("[")) {
            return "[" + IpAddresses.normalizeV6(host) + "]";
        }
        if (IpAddresses.looksLikeV4(host)) {
            return IpAddresses.normalizeV4(host);
        }
        return DomainNames.normalize(host);
    }
}
