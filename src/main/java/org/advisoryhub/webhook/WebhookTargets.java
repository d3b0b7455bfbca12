package org.advisoryhub.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.advisoryhub.common.config.HubConfig;

/**
 * Which URLs the hub will POST to: https to public addresses only, so that a partner cannot point the hub at
 * its own network or a cloud metadata service. Loopback (http or https) is allowed only in development and tests;
 * private ranges only when the operator says partners live there.
 *
 * <p>At registration the URL is checked as written, addresses in any spelling included. Before every attempt the
 * name is resolved once, every address it resolves to is checked, and the sender connects to the address that
 * was checked: the name is never resolved a second time, so a DNS answer that changes (rebinding) gains nothing.
 */
@ApplicationScoped
public class WebhookTargets {

    /** Resolves a host name; DNS in production, a stand-in in tests. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A target cleared for one attempt: connect to {@code address}, call the host {@code host}. */
    record Vetted(URI uri, String host, int port, boolean tls, InetAddress address) {}

    /** Either a cleared target or why not. */
    record Check(Vetted target, String problem) {}

    private static final Set<String> METADATA_NAMES = Set.of("metadata.google.internal", "metadata", "instance-data");

    private final boolean allowLoopback;
    private final boolean allowPrivate;
    private final Resolver resolver;

    @Inject
    public WebhookTargets(HubConfig config) {
        this(config.webhooks().allowLoopback(), config.webhooks().allowPrivateNetworks(), InetAddress::getAllByName);
    }

    WebhookTargets(boolean allowLoopback, boolean allowPrivate) {
        this(allowLoopback, allowPrivate, InetAddress::getAllByName);
    }

    WebhookTargets(boolean allowLoopback, boolean allowPrivate, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why this URL is not acceptable as written (without resolving its name), or null. */
    String problemWith(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "not a URL (" + e.getReason() + "); give an absolute https URL";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            return numericAuthorityProblem(uri).orElse("must be an absolute https URL");
        }
        if (uri.getUserInfo() != null || uri.getFragment() != null) {
            return "must not carry credentials or a fragment; the signature authenticates the hub";
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        Optional<InetAddress> literal;
        try {
            literal = TargetAddresses.literal(host);
        } catch (UnknownHostException e) {
            return "not a valid address: " + e.getMessage();
        }
        if (METADATA_NAMES.contains(host)) {
            return "cloud metadata services are not allowed";
        }
        boolean loopback = literal.map(a -> TargetAddresses.reach(a) == TargetAddresses.Reach.LOOPBACK)
                .orElse(host.equals("localhost") || host.endsWith(".localhost"));
        if (loopback && !allowLoopback) {
            return "loopback targets are not allowed";
        }
        if (literal.isPresent() && !loopback && !allowed(literal.get())) {
            return "is a non-public address (" + literal.get().getHostAddress() + ")";
        }
        if (scheme.equals("http") && !loopback) {
            return "must use https";
        }
        return null;
    }

    /**
     * Java's URI gives no host for {@code 0xa9.0xfe.0xa9.0xfe} or {@code 2130706433}, though C resolvers read them as
     * addresses; name the address such an authority spells, so the refusal says what it is.
     */
    private Optional<String> numericAuthorityProblem(URI uri) {
        String authority = uri.getRawAuthority();
        if (authority == null || authority.contains("@")) {
            return Optional.empty();
        }
        String host = authority.replaceFirst(":\\d*$", "");
        try {
            return TargetAddresses.literal(host)
                    .map(a -> TargetAddresses.reach(a) == TargetAddresses.Reach.LOOPBACK
                            ? "loopback targets are not allowed (" + a.getHostAddress() + ")"
                            : "is an address (" + a.getHostAddress() + ") written in a form the hub does not send to"
                                    + (allowed(a) ? "" : "; it is non-public"));
        } catch (UnknownHostException e) {
            return Optional.of("not a valid address: " + e.getMessage());
        }
    }

    /** Resolves the target once and clears it for one attempt, or says why it cannot be sent to now. */
    Check vet(String url) {
        String problem = problemWith(url);
        if (problem != null) {
            return new Check(null, problem);
        }
        URI uri = URI.create(url);
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            Optional<InetAddress> literal = TargetAddresses.literal(host.toLowerCase(Locale.ROOT));
            addresses = literal.isPresent() ? new InetAddress[] {literal.get()} : resolver.resolve(host);
        } catch (UnknownHostException e) {
            return new Check(null, "unknown host " + host);
        }
        for (InetAddress address : addresses) {
            if (!allowed(address)) {
                return new Check(null, "resolves to a non-public address (" + address.getHostAddress() + ")");
            }
        }
        if (addresses.length == 0) {
            return new Check(null, "unknown host " + host);
        }
        boolean tls = uri.getScheme().equalsIgnoreCase("https");
        int port = uri.getPort() > 0 ? uri.getPort() : tls ? 443 : 80;
        return new Check(new Vetted(uri, host, port, tls, addresses[0]), null);
    }

    /** Why the target cannot be sent to now, or null. */
    String problemReaching(String url) {
        return vet(url).problem();
    }

    private boolean allowed(InetAddress address) {
        return switch (TargetAddresses.reach(address)) {
            case PUBLIC -> true;
            case LOOPBACK -> allowLoopback;
            case PRIVATE -> allowPrivate;
        };
    }
}
