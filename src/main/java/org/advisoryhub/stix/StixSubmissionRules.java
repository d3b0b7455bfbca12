package org.advisoryhub.stix;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What STIX 2.1 (Part 1, §2–3) requires of any object, for objects partners submit: every SDO, SRO, SCO and meta
 * type, custom objects, custom properties and extensions, timestamps of any sub-second precision. Only what the
 * specification forbids is refused, with the reason. The hub's own output keeps its stricter profile
 * ({@code schemas/stix/}).
 */
public final class StixSubmissionRules {

    /** §3.1: type names are 3–250 characters of a–z, 0–9 and hyphens. */
    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{1,248}[a-z0-9]");
    /** §2.9: type--UUID. */
    private static final Pattern IDENTIFIER = Pattern.compile(
            "([a-z0-9][a-z0-9-]{1,248}[a-z0-9])--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** §2.12: RFC 3339 in UTC with a Z, any sub-second precision. */
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    /** §3.1: property names are a–z, 0–9 and underscore, at most 250 characters. */
    private static final Pattern PROPERTY = Pattern.compile("[a-z0-9_]{2,250}");

    private static final Set<String> TIMESTAMPS = Set.of(
            "created",
            "modified",
            "valid_from",
            "valid_until",
            "first_seen",
            "last_seen",
            "published",
            "first_observed",
            "last_observed",
            "start_time",
            "stop_time");
    /** Pairs that must not run backwards. */
    private static final Map<String, String> NOT_BEFORE = Map.of(
            "modified",
            "created",
            "valid_until",
            "valid_from",
            "last_seen",
            "first_seen",
            "last_observed",
            "first_observed",
            "stop_time",
            "start_time");
    /** Objects with a creation time that are not versioned (§7.2.1: marking definitions never change). */
    private static final Set<String> UNVERSIONED = Set.of("marking-definition");

    private StixSubmissionRules() {}

    /** Why the specification does not allow this object, or null when it does. */
    public static String problem(JsonNode o) {
        if (o == null || !o.isObject()) {
            return "not a JSON object";
        }
        String type = o.path("type").textValue();
        if (type == null || !TYPE.matcher(type).matches() || type.contains("--")) {
            return "type must be 3 to 250 characters of a-z, 0-9 and single hyphens";
        }
        String id = o.path("id").textValue();
        if (id == null || !IDENTIFIER.matcher(id).matches() || !id.startsWith(type + "--")) {
            return "id must be " + type + "--<UUID>";
        }
        if (o.has("spec_version") && !"2.1".equals(o.get("spec_version").textValue())) {
            return "spec_version must be 2.1";
        }
        boolean domainOrMeta = o.has("created");
        if (domainOrMeta && !o.has("spec_version")) {
            return "spec_version is required (2.1) on objects that have a created time";
        }
        if (domainOrMeta && !o.has("modified") && !UNVERSIONED.contains(type)) {
            return "modified is required on objects that have a created time";
        }
        return properties(o);
    }

    private static String properties(JsonNode o) {
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String name = p.getKey();
            JsonNode value = p.getValue();
            if (!PROPERTY.matcher(name).matches()) {
                return "property name '" + name + "' must be 2 to 250 characters of a-z, 0-9 and underscore";
            }
            if (value.isArray() && value.isEmpty()) {
                return name + " is an empty list; leave the property out instead (§2.5)";
            }
            if (value.isNull()) {
                return name + " is null; leave the property out instead";
            }
            String problem = TIMESTAMPS.contains(name)
                    ? timestamp(name, value)
                    : name.endsWith("_ref")
                            ? reference(name, value)
                            : name.endsWith("_refs") ? references(name, value) : null;
            if (problem != null) {
                return problem;
            }
        }
        for (Map.Entry<String, String> pair : NOT_BEFORE.entrySet()) {
            if (o.has(pair.getKey())
                    && o.has(pair.getValue())
                    && instant(o.get(pair.getKey())).isBefore(instant(o.get(pair.getValue())))) {
                return pair.getKey() + " must not be before " + pair.getValue();
            }
        }
        return null;
    }

    private static String timestamp(String name, JsonNode value) {
        if (!value.isTextual() || !TIMESTAMP.matcher(value.textValue()).matches()) {
            return name + " must be an RFC 3339 timestamp in UTC ending in Z";
        }
        try {
            instant(value);
            return null;
        } catch (DateTimeParseException e) {
            return name + " is not a real date and time";
        }
    }

    private static String reference(String name, JsonNode value) {
        return value.isTextual() && IDENTIFIER.matcher(value.textValue()).matches()
                ? null
                : name + " must be a STIX identifier (type--UUID)";
    }

    private static String references(String name, JsonNode value) {
        if (!value.isArray()) {
            return name + " must be a list of STIX identifiers";
        }
        for (JsonNode ref : value) {
            if (reference(name, ref) != null) {
                return name + " must hold STIX identifiers (type--UUID) only";
            }
        }
        return null;
    }

    private static Instant instant(JsonNode value) {
        return Instant.parse(value.textValue());
    }
}
