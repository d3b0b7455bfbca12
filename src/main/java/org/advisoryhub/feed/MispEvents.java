package org.advisoryhub.feed;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.advisory.ThreatActor;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.Translation;
import org.advisoryhub.common.ids.Uuid5;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.IndicatorKind;
import org.advisoryhub.revision.PublishedRows;

/**
 * Advisories in the MISP core format (the event JSON a MISP feed serves, {@code format/2.4/schema.json} of the MISP
 * project): one event per advisory; Bitcoin addresses as {@code btc} attributes and every address, of any chain, as a
 * {@code coin-address} object; the advisory text and each translation as event reports. Uuids are derived from the
 * advisory and indicator keys, so MISP updates the same event and attributes on every pull.
 */
final class MispEvents {

    /** Namespace of the uuids of events, attributes, objects, reports and organizations in the feed. */
    private static final UUID NAMESPACE = UUID.fromString("3f1c9a57-6e2b-4d8a-b0c4-8a51d9e27f60");

    private static final String COIN_ADDRESS_TEMPLATE = "d0e6997e-78da-4815-a6a1-cfc1c1cb8a46";
    private static final String COIN_ADDRESS_VERSION = "7";
    /** Distribution 5: attributes, objects and reports follow their event's. */
    private static final String INHERIT = "5";

    private static final Map<Tlp, String> TLP_COLOURS = Map.of(
            Tlp.CLEAR,
            "#ffffff",
            Tlp.GREEN,
            "#33ff00",
            Tlp.AMBER,
            "#ffc000",
            Tlp.AMBER_STRICT,
            "#ffc000",
            Tlp.RED,
            "#ff2b2b");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private MispEvents() {}

    static String eventUuid(String publicId) {
        return uuid("event|" + publicId);
    }

    /** The manifest entry of an event (what MISP compares with its copy before fetching the event). */
    static ObjectNode manifestEntry(PublishedRows.Event row, AdvisoryContent c) {
        ObjectNode e = NODES.objectNode();
        e.put("info", info(row, c));
        e.put("date", date(row.publishedAt()));
        e.put("timestamp", seconds(row.changedAt()));
        e.put("analysis", "2");
        e.put("threat_level_id", "4");
        e.set("Orgc", org(row));
        e.set("Tag", tags(row, c));
        return e;
    }

    /** The whole event: {@code {"Event": {…}}}. */
    static ObjectNode event(PublishedRows.Event row, AdvisoryContent c, List<PublishedRows.EventIndicator> indicators) {
        String timestamp = seconds(row.changedAt());
        boolean withdrawn = row.withdrawnAt() != null;
        ObjectNode e = NODES.objectNode();
        e.put("id", "0");
        e.put("orgc_id", "0");
        e.put("org_id", "0");
        e.put("uuid", eventUuid(row.publicId()));
        e.put("info", info(row, c));
        e.put("date", date(row.publishedAt()));
        e.put("threat_level_id", "4");
        e.put("analysis", "2");
        e.put("published", true);
        e.put("timestamp", timestamp);
        e.put("publish_timestamp", timestamp);
        e.put("distribution", distribution(c.tlp()));
        e.put("sharing_group_id", "0");
        e.put("proposal_email_lock", false);
        e.put("locked", false);
        e.set("Org", org(row));
        e.set("Orgc", org(row));
        e.set("Tag", tags(row, c));
        ArrayNode attributes = e.putArray("Attribute");
        ArrayNode objects = e.putArray("Object");
        int count = 0;
        for (PublishedRows.EventIndicator i : indicators) {
            boolean deleted = withdrawn || i.removed();
            if (i.kind() == IndicatorKind.CRYPTO_ADDRESS) {
                if (Chain.BTC.name().equals(i.chain())) {
                    attributes.add(attribute(row, i, "btc", "Financial fraud", i.value(), true, deleted, timestamp));
                    count++;
                }
                ObjectNode coin = coinAddress(row, i, deleted, timestamp);
                objects.add(coin);
                count += coin.get("Attribute").size();
            } else {
                attributes.add(attribute(row, i, type(i), category(i), i.value(), toIds(i), deleted, timestamp));
                count++;
            }
        }
        e.put("attribute_count", String.valueOf(count));
        e.putArray("ShadowAttribute");
        e.putArray("RelatedEvent");
        e.set("EventReport", reports(row, c, timestamp));
        ObjectNode root = NODES.objectNode();
        root.set("Event", e);
        return root;
    }

    private static ObjectNode attribute(
            PublishedRows.Event row,
            PublishedRows.EventIndicator i,
            String type,
            String category,
            String value,
            boolean toIds,
            boolean deleted,
            String timestamp) {
        ObjectNode a = NODES.objectNode();
        a.put("uuid", uuid("attribute|" + row.publicId() + "|" + i.key() + "|" + type));
        a.put("type", type);
        a.put("category", category);
        a.put("value", value);
        a.put("to_ids", toIds && !deleted);
        a.put("distribution", INHERIT);
        a.put("timestamp", timestamp);
        a.put("comment", comment(i));
        a.put("deleted", deleted);
        if (i.validFrom() != null) {
            a.put("first_seen", i.validFrom().toString());
        }
        return a;
    }

    /** Every address as a coin-address object: the address (btc type for Bitcoin), its symbol, and the chain as text. */
    private static ObjectNode coinAddress(
            PublishedRows.Event row, PublishedRows.EventIndicator i, boolean deleted, String timestamp) {
        ObjectNode o = NODES.objectNode();
        o.put("uuid", uuid("object|" + row.publicId() + "|" + i.key()));
        o.put("name", "coin-address");
        o.put("meta-category", "financial");
        o.put("description", "An address used in a cryptocurrency");
        o.put("template_uuid", COIN_ADDRESS_TEMPLATE);
        o.put("template_version", COIN_ADDRESS_VERSION);
        o.put("timestamp", timestamp);
        o.put("distribution", INHERIT);
        o.put("comment", comment(i));
        o.put("deleted", deleted);
        ArrayNode attributes = o.putArray("Attribute");
        boolean bitcoin = Chain.BTC.name().equals(i.chain());
        attributes.add(objectAttribute(
                row,
                i,
                bitcoin ? "address" : "address-crypto",
                bitcoin ? "btc" : "text",
                i.value(),
                !deleted,
                deleted,
                timestamp));
        attributes.add(objectAttribute(row, i, "symbol", "text", symbol(i), false, deleted, timestamp));
        attributes.add(objectAttribute(row, i, "text", "text", "Chain: " + chainLabel(i), false, deleted, timestamp));
        return o;
    }

    private static ObjectNode objectAttribute(
            PublishedRows.Event row,
            PublishedRows.EventIndicator i,
            String relation,
            String type,
            String value,
            boolean toIds,
            boolean deleted,
            String timestamp) {
        ObjectNode a = attribute(row, i, type, "Financial fraud", value, toIds, deleted, timestamp);
        a.put("uuid", uuid("object-attribute|" + row.publicId() + "|" + i.key() + "|" + relation));
        a.put("object_relation", relation);
        a.put("disable_correlation", !"address".equals(relation) && !"address-crypto".equals(relation));
        return a;
    }

    /** The upper-case ticker MISP expects: the token when the advisory names one, else the chain's native coin. */
    static String symbol(PublishedRows.EventIndicator i) {
        if (i.asset() != null) {
            return i.asset().toUpperCase(Locale.ROOT);
        }
        return switch (i.chain()) {
            case "BTC" -> "BTC";
            case "ETH", "ARBITRUM", "OPTIMISM", "BASE" -> "ETH";
            case "BSC" -> "BNB";
            case "POLYGON" -> "POL";
            case "AVALANCHE" -> "AVAX";
            case "TRON" -> "TRX";
            default -> i.chainName() != null ? i.chainName().toUpperCase(Locale.ROOT) : "OTHER";
        };
    }

    private static String chainLabel(PublishedRows.EventIndicator i) {
        if ("OTHER".equals(i.chain())) {
            return i.chainName() != null ? i.chainName() : "other";
        }
        Chain chain = Chain.valueOf(i.chain());
        return chain.name() + (chain.caip2() != null ? " (" + chain.caip2() + ")" : "");
    }

    private static String type(PublishedRows.EventIndicator i) {
        return switch (i.kind()) {
            case DOMAIN -> "domain";
            case IPV4, IPV6 -> "ip-dst";
            case URL -> "url";
            case EMAIL -> "email-src";
            case FILE_HASH -> i.hashAlgorithm().toLowerCase(Locale.ROOT).replace("-", "");
            case ACCOUNT, PROFILE -> "github".equalsIgnoreCase(i.platform()) ? "github-username" : "text";
            case CVE -> "vulnerability";
            case PHONE -> "phone-number";
            case PAYMENT_ACCOUNT -> i.value().contains("@") ? "email" : "text";
            case PERSONA -> "full-name";
            default -> "text";
        };
    }

    private static String category(PublishedRows.EventIndicator i) {
        return switch (i.kind()) {
            case DOMAIN, IPV4, IPV6, URL -> "Network activity";
            case EMAIL, ACCOUNT, PROFILE -> "Social network";
            case CVE -> "External analysis";
            case PHONE, PERSONA -> "Person";
            case PAYMENT_ACCOUNT -> i.value().contains("@") ? "Person" : "Financial fraud";
            default -> "Payload delivery";
        };
    }

    /** Values a sensor can match; accounts, packages, CVEs and personas' details are context, not detections. */
    private static boolean toIds(PublishedRows.EventIndicator i) {
        return switch (i.kind()) {
            case ACCOUNT, PACKAGE, CVE, PHONE, PAYMENT_ACCOUNT, PROFILE, PERSONA -> false;
            default -> true;
        };
    }

    private static String comment(PublishedRows.EventIndicator i) {
        StringBuilder c = new StringBuilder();
        switch (i.kind()) {
            case ACCOUNT -> c.append("Account on ").append(i.platform());
            case PACKAGE -> c.append("Package on ").append(i.platform());
            case PAYMENT_ACCOUNT -> c.append("Payment account on ").append(i.platform());
            case PROFILE -> c.append("Profile on ").append(i.platform());
            case PERSONA -> c.append("Person or persona");
            case FILE_HASH -> c.append(i.fileName() != null ? "File " + i.fileName() : "File hash");
            case CRYPTO_ADDRESS ->
                c.append("Address on ").append(chainLabel(i)).append(i.asset() != null ? ", " + i.asset() : "");
            default -> {
                // The value says what it is (domain, address, hash…).
            }
        }
        if (i.description() != null) {
            c.append(c.length() > 0 ? ". " : "").append(i.description());
        }
        if (i.sourceUrl() != null) {
            c.append(c.length() > 0 ? " " : "").append("Source: ").append(i.sourceUrl());
        }
        if (i.validUntil() != null) {
            c.append(c.length() > 0 ? " " : "").append("Valid until ").append(i.validUntil());
        }
        return c.toString();
    }

    /** The advisory text, and each translation (Korean among them) in its own report. */
    private static ArrayNode reports(PublishedRows.Event row, AdvisoryContent c, String timestamp) {
        ArrayNode reports = NODES.arrayNode();
        reports.add(report(row, "en", c.title(), c.summary(), c.body(), timestamp));
        for (Map.Entry<String, Translation> t : c.translations().entrySet()) {
            reports.add(report(
                    row,
                    t.getKey(),
                    t.getValue().title(),
                    t.getValue().summary(),
                    t.getValue().body(),
                    timestamp));
        }
        return reports;
    }

    private static ObjectNode report(
            PublishedRows.Event row, String lang, String title, String summary, String body, String timestamp) {
        ObjectNode r = NODES.objectNode();
        r.put("uuid", uuid("report|" + row.publicId() + "|" + lang));
        r.put("name", row.publicId() + " (" + lang + "): " + title);
        StringBuilder content = new StringBuilder("# ").append(title).append("\n\n");
        if (summary != null && !summary.isBlank()) {
            content.append(summary).append("\n\n");
        }
        if (body != null && !body.isBlank()) {
            content.append(body).append("\n");
        }
        r.put("content", content.toString());
        r.put("distribution", INHERIT);
        r.put("timestamp", timestamp);
        r.put("deleted", false);
        return r;
    }

    private static ArrayNode tags(PublishedRows.Event row, AdvisoryContent c) {
        ArrayNode tags = NODES.arrayNode();
        tags.add(tag("tlp:" + c.tlp().label().toLowerCase(Locale.ROOT), TLP_COLOURS.get(c.tlp())));
        for (ThreatActor a : c.threatActors()) {
            tags.add(tag("misp-galaxy:threat-actor=\"" + a.name().replace("\"", "'") + "\"", "#0088cc"));
        }
        if (row.withdrawnAt() != null) {
            tags.add(tag("workflow:state=\"rejected\"", "#ff0000"));
        }
        return tags;
    }

    private static ObjectNode tag(String name, String colour) {
        ObjectNode t = NODES.objectNode();
        t.put("name", name);
        t.put("colour", colour);
        return t;
    }

    private static ObjectNode org(PublishedRows.Event row) {
        ObjectNode o = NODES.objectNode();
        o.put("name", row.ownerName());
        o.put("uuid", uuid("organization|" + row.ownerId()));
        return o;
    }

    private static String info(PublishedRows.Event row, AdvisoryContent c) {
        return (row.withdrawnAt() != null ? "[WITHDRAWN] " : "") + row.publicId() + " r" + row.revision() + ": "
                + c.title();
    }

    /** Who a subscribing MISP may pass the event on to: the community for CLEAR and GREEN, its own org above. */
    private static String distribution(Tlp tlp) {
        return switch (tlp) {
            case CLEAR -> "3";
            case GREEN -> "2";
            default -> "0";
        };
    }

    private static String date(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String seconds(Instant at) {
        return String.valueOf(at.getEpochSecond());
    }

    private static String uuid(String name) {
        return Uuid5.of(NAMESPACE, name).toString();
    }
}
