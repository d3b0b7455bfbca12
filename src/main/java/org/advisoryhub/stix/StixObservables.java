package org.advisoryhub.stix;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.common.ids.Uuid5;
import org.advisoryhub.indicator.IndicatorKind;
import org.advisoryhub.indicator.dto.IndicatorResponse;

/**
 * The cyber-observable (SCO) each indicator's pattern describes, complete in one object, so that tools which build
 * observables from patterns (OpenCTI turns each comparison of an AND pattern into its own observable) can take
 * this one instead, through the indicator's {@code based-on} relationship.
 *
 * <p>Ids: an SCO has no versions and can carry only one marking, so its id is scoped to who may read it. At TLP:CLEAR
 * it is the id STIX 2.1 §2.9 defines (UUIDv5 in the OASIS namespace over the canonical JSON of the type's
 * ID-contributing properties), the same in every advisory and every producer. Above CLEAR each advisory has its own
 * copy with a UUIDv5 in the hub's namespace (never the OASIS one, as §2.9 requires). Each is marked like its advisory.
 */
public final class StixObservables {

    /** The namespace STIX 2.1 §2.9 gives for deterministic SCO ids. */
    static final UUID OASIS_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");
    /** The hub's namespace for an advisory's own copies (§2.9: never the OASIS one for ids made another way). */
    private static final UUID ADVISORY_COPY_NAMESPACE = UUID.fromString("6d4e8b1c-3b0a-4b8e-9a51-2c7f0e5d9a43");

    private static final ObjectMapper CANONICAL =
            new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private StixObservables() {}

    /** Whether an observable is one advisory's own copy (its id scoped to the advisory), not the shared one. */
    public static boolean advisoryCopy(ObjectNode observable) {
        return TlpMarkings.levelOf(observable) != Tlp.CLEAR;
    }

    /** The observable of an indicator, or null for kinds that have none (CVEs are vulnerabilities). */
    static ObjectNode of(IndicatorResponse i, String publicId, Tlp tlp, String marking) {
        String type = type(i.kind());
        if (type == null) {
            return null;
        }
        Map<String, Object> contributing = contributing(i);
        String id = tlp == Tlp.CLEAR
                ? type + "--" + Uuid5.of(OASIS_NAMESPACE, canonical(contributing))
                : type + "--"
                        + Uuid5.of(ADVISORY_COPY_NAMESPACE, type + "|" + publicId + "|" + canonical(contributing));
        ObjectNode o = StixNode.of(type, id).build();
        putAll(o, contributing);
        o.putArray("object_marking_refs").add(marking);
        String newType = "cryptocurrency-wallet".equals(type)
                ? HubObjects.WALLET_OBSERVABLE_EXTENSION_ID
                : "phone-number".equals(type) ? HubObjects.PHONE_OBSERVABLE_EXTENSION_ID : null;
        if (newType != null) {
            o.putObject("extensions").putObject(newType).put("extension_type", "new-sco");
        }
        return o;
    }

    /** The ID-contributing properties as JSON, in their order (a tree conversion per observable costs more). */
    @SuppressWarnings("unchecked")
    private static void putAll(ObjectNode o, Map<String, Object> properties) {
        properties.forEach((name, value) -> {
            if (value instanceof Map<?, ?> nested) {
                putAll(o.putObject(name), (Map<String, Object>) nested);
            } else {
                o.put(name, (String) value);
            }
        });
    }

    static String type(IndicatorKind kind) {
        return switch (kind) {
            case CRYPTO_ADDRESS -> "cryptocurrency-wallet";
            case DOMAIN -> "domain-name";
            case IPV4 -> "ipv4-addr";
            case IPV6 -> "ipv6-addr";
            case URL -> "url";
            case EMAIL -> "email-addr";
            case FILE_HASH -> "file";
            case ACCOUNT, PAYMENT_ACCOUNT, PROFILE -> "user-account";
            case PACKAGE -> "software";
            case PHONE -> "phone-number";
            case CVE, PERSONA -> null;
        };
    }

    /** The properties the pattern compares, which are also the type's ID-contributing ones (§6). */
    private static Map<String, Object> contributing(IndicatorResponse i) {
        Map<String, Object> p = new LinkedHashMap<>();
        switch (i.kind()) {
            case FILE_HASH -> {
                p.put("hashes", Map.of(i.hashAlgorithm().stixName(), i.normalized()));
                if (i.fileName() != null) {
                    p.put("name", i.fileName());
                }
            }
            case ACCOUNT, PAYMENT_ACCOUNT, PROFILE -> {
                p.put("account_type", i.platform());
                p.put("account_login", i.normalized());
            }
            case PACKAGE -> {
                p.put("name", i.normalized());
                p.put("vendor", i.platform());
            }
            default -> p.put("value", i.normalized());
        }
        return p;
    }

    /** RFC 8785 form of these values: keys sorted, no whitespace, strings as JSON writes them. */
    private static String canonical(Map<String, Object> properties) {
        try {
            return CANONICAL.writeValueAsString(new TreeMap<>(properties));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
