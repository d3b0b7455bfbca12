package org.advisoryhub.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.indicator.IndicatorKind;
import org.advisoryhub.indicator.IndicatorNormalizer;
import org.advisoryhub.indicator.dto.IndicatorInput;
import org.advisoryhub.stix.StixPatternReader.Observation;

/**
 * What one object a STIX pattern describes is as the hub's indicator kinds: the inverse of the patterns the hub emits
 * (StixPatterns), and the common single-value forms other producers write. A comparison the kind cannot keep (it would
 * narrow the match) makes the observation unrepresentable rather than quietly widened.
 */
final class ObservationInputs {

    /** One indicator an observation gives: kind (null: detected from the value), value and what qualifies it. */
    record Input(IndicatorKind kind, String value, String platform, String hashAlgorithm, String fileName) {

        /** The indicator as typed input, with what the source object says of its validity, text and source. */
        IndicatorInput indicator(
                String validFrom,
                String validUntil,
                Integer confidence,
                String description,
                String sourceName,
                String sourceUrl) {
            return new IndicatorInput(
                    kind == null ? null : kind.label(),
                    value,
                    null,
                    null,
                    null,
                    hashAlgorithm,
                    fileName,
                    platform,
                    validFrom,
                    validUntil,
                    confidence,
                    description,
                    sourceName,
                    sourceUrl,
                    null);
        }
    }

    /** The inputs, or why there are none. */
    record Mapped(List<Input> inputs, String problem) {}

    private static final Map<String, IndicatorKind> SINGLE_VALUE = Map.of(
            "domain-name", IndicatorKind.DOMAIN,
            "ipv4-addr", IndicatorKind.IPV4,
            "ipv6-addr", IndicatorKind.IPV6,
            "url", IndicatorKind.URL,
            "email-addr", IndicatorKind.EMAIL,
            "cryptocurrency-wallet", IndicatorKind.CRYPTO_ADDRESS,
            "phone-number", IndicatorKind.PHONE);

    /** The properties of an observable (SCO) that say what it is, by type; the rest (refs, markings) describe it. */
    private static final Map<String, Set<String>> IDENTIFYING = Map.of(
            "file", Set.of("name"),
            "user-account", Set.of("account_login", "account_type", "user_id"),
            "software", Set.of("name", "vendor"));

    private ObservationInputs() {}

    /**
     * An observable (SCO) a partner submitted, as the observation a pattern describing exactly it would give: its
     * value, or a file's hashes and name, an account's login and type, software's name and vendor.
     */
    static Observation observable(com.fasterxml.jackson.databind.JsonNode sco) {
        String type = sco.path("type").asText();
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String name : IDENTIFYING.getOrDefault(type, Set.of("value"))) {
            if (sco.path(name).isTextual()) {
                values.put(name, sco.path(name).asText());
            }
        }
        if ("file".equals(type)) {
            sco.path("hashes")
                    .fields()
                    .forEachRemaining(
                            h -> values.put("hashes." + h.getKey(), h.getValue().asText()));
        }
        return new Observation(type, values);
    }

    static Mapped of(Observation o) {
        Map<String, String> v = o.values();
        IndicatorKind single = SINGLE_VALUE.get(o.type());
        if (single != null) {
            return only(o, Set.of("value"))
                    ? one(new Input(single, singleHost(single, v.get("value")), null, null, null))
                    : narrowed(o, Set.of("value"));
        }
        return switch (o.type()) {
            case "file" -> file(o);
            case "email-message" -> sender(o);
            case "user-account" -> account(o);
            case "network-traffic" -> endpoint(o);
            case "software" ->
                only(o, Set.of("name", "vendor")) && v.containsKey("name")
                        ? one(new Input(IndicatorKind.PACKAGE, v.get("name"), v.get("vendor"), null, null))
                        : narrowed(o, Set.of("name", "vendor"));
            default -> new Mapped(List.of(), "the hub has no indicator kind for " + o.type() + " objects");
        };
    }

    /** Each hash of a file is an indicator of it; the file name, when given, is kept with each. */
    private static Mapped file(Observation o) {
        List<Input> out = new ArrayList<>();
        for (Map.Entry<String, String> e : o.values().entrySet()) {
            if (e.getKey().startsWith("hashes.")) {
                out.add(new Input(
                        IndicatorKind.FILE_HASH,
                        e.getValue(),
                        null,
                        e.getKey().substring("hashes.".length()),
                        o.values().get("name")));
            } else if (!e.getKey().equals("name")) {
                return narrowed(o, Set.of("hashes", "name"));
            }
        }
        return out.isEmpty()
                ? new Mapped(List.of(), "a file without a hash (file:name alone) is not an indicator the hub keeps")
                : new Mapped(out, null);
    }

    /** What a network endpoint's type names: the kinds a connection's source or destination can be. */
    private static final Map<String, IndicatorKind> ENDPOINTS = Map.of(
            "ipv4-addr", IndicatorKind.IPV4, "ipv6-addr", IndicatorKind.IPV6, "domain-name", IndicatorKind.DOMAIN);

    /**
     * A connection to or from one address, as MISP writes its ip-dst and ip-src attributes
     * ({@code [network-traffic:dst_ref.type = 'ipv4-addr' AND network-traffic:dst_ref.value = '…']}): the address.
     * Anything else about the connection (ports, protocols) would narrow it, so it stays unrepresentable.
     */
    private static Mapped endpoint(Observation o) {
        for (String end : List.of("dst_ref", "src_ref")) {
            String value = o.values().get(end + ".value");
            if (value != null && only(o, Set.of(end + ".value", end + ".type"))) {
                String type = o.values().get(end + ".type");
                IndicatorKind kind = type == null ? null : ENDPOINTS.get(type);
                if (type != null && kind == null) {
                    return new Mapped(List.of(), "the hub has no indicator kind for " + type + " objects");
                }
                // Without a type, the value says what it is, as for typed input.
                return one(new Input(kind, singleHost(kind, value), null, null, null));
            }
        }
        return narrowed(o, Set.of("dst_ref.value", "src_ref.value"));
    }

    /** An address written as a one-host network ({@code 198.51.100.7/32}, {@code 2001:db8::1/128}) is the address. */
    private static String singleHost(IndicatorKind kind, String value) {
        if (kind == IndicatorKind.IPV4 && value.endsWith("/32")) {
            return value.substring(0, value.length() - 3);
        }
        if (kind == IndicatorKind.IPV6 && value.endsWith("/128")) {
            return value.substring(0, value.length() - 4);
        }
        return value;
    }

    private static Mapped sender(Observation o) {
        for (String path : List.of("from_ref.value", "sender_ref.value")) {
            if (only(o, Set.of(path))) {
                return one(new Input(IndicatorKind.EMAIL, o.values().get(path), null, null, null));
            }
        }
        return narrowed(o, Set.of("from_ref.value", "sender_ref.value"));
    }

    private static Mapped account(Observation o) {
        Map<String, String> v = o.values();
        String login = v.containsKey("account_login") ? v.get("account_login") : v.get("user_id");
        boolean oneName = v.containsKey("account_login") != v.containsKey("user_id");
        return oneName && only(o, Set.of("account_type", "account_login", "user_id"))
                ? one(new Input(accountKind(v.get("account_type")), login, v.get("account_type"), null, null))
                : narrowed(o, Set.of("account_type", "account_login or user_id"));
    }

    /** A payment service's account, a job platform's profile, or any other account, as typed input reads them. */
    private static IndicatorKind accountKind(String platform) {
        return platform == null ? IndicatorKind.ACCOUNT : IndicatorNormalizer.kindOfPlatform(platform);
    }

    private static boolean only(Observation o, Set<String> allowed) {
        return allowed.containsAll(o.values().keySet());
    }

    private static Mapped one(Input input) {
        return new Mapped(List.of(input), null);
    }

    private static Mapped narrowed(Observation o, Set<String> kept) {
        return new Mapped(
                List.of(),
                "comparisons on " + o.type() + ":"
                        + String.join(", ", o.values().keySet())
                        + " are more than the hub keeps for " + o.type() + " ("
                        + String.join(", ", new java.util.TreeSet<>(kept))
                        + ")");
    }
}
