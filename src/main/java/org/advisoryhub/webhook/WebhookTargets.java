package org.advisoryhub.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.advisoryhub.common.config.HubConfig;

/**
 * Which URLs the hub will POST to: https to public addresses only, so that a partner cannot point the hub at
 * its own network. Loopback (http or https) is allowed only in development and tests; private ranges only
 * when the operator says partners live there. Checked at registration and again before every attempt,
 * because a name can resolve differently later.
 */
@ApplicationScoped
public class WebhookTargets {

    private final boolean allowLoopback;
    private final boolean allowPrivate;

    @Inject
    public WebhookTargets(HubConfig config) {
        this(config.webhooks().allowLoopback(), config.webhooks().allowPrivateNetworks());
    }

    WebhookTargets(boolean allowLoopback, boolean allowPrivate) {
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
    }

    /** Why this URL is not acceptable as written, or null. */
    String problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "not a URL (" + e.getReason() + "); give an absolute https URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return "must be an absolute https URL";
        }
        if (uri.getUserInfo() != null || uri.getFragment() != null) {
            return "must not carry credentials or a fragment; the signature authenticates the hub";
        }
        boolean loopback = isLoopbackName(uri.getHost());
        if (loopback && !allowLoopback) {
            return "loopback targets are not allowed";
        }
        if (scheme.equals("http") && !loopback) {
            return "must use https";
        }
        return null;
    }

    /** Why the host cannot be sent to now (it resolves to a forbidden address), or null. */
    String problemReaching(String url) {
        String problem = problemWith(url);
        if (problem != null) {
            return problem;
        }
        String host = URI.create(url).getHost();
        try {
            for (InetAddress address : InetAddress.getAllByName(strip(host))) {
                if (address.isLoopbackAddress() ? !allowLoopback : !allowPrivate && !isPublic(address)) {
                    return "resolves to a non-public address (" + address.getHostAddress() + ")";
                }
            }
        } catch (UnknownHostException e) {
            return "unknown host " + host;
        }
        return null;
    }

    private static boolean isLoopbackName(String host) {
        String h = strip(host).toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.") || h.equals("::1")
                || h.equals("0:0:0:0:0:0:0:1");
    }

    private static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress() || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean uniqueLocal = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        return !carrierNat && !uniqueLocal;
    }

    private static String strip(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
