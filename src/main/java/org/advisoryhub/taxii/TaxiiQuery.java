package org.advisoryhub.taxii;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.distribution.ObjectFilter;

/**
 * Parses TAXII filter parameters (§3.4). Malformed values and parameters given twice are a 400 (§3.4.1);
 * unknown {@code match[...]} fields are ignored as the spec allows.
 */
final class TaxiiQuery {

    private static final Set<String> VERSION_WORDS = Set.of("first", "last", "all");

    private TaxiiQuery() {}

    /**
     * @param params the raw query parameters
     * @param allowed the parameters this endpoint understands
     * @param defaultLimit page size when none is given; {@code maxLimit} clamps larger ones
     */
    static ObjectFilter parse(
            MultivaluedMap<String, String> params, Set<String> allowed, int defaultLimit, int maxLimit) {
        params.forEach((name, values) -> {
            if (values.size() > 1) {
                throw ValidationFailedException.of(name, "must not be given more than once");
            }
        });
        Instant after = allowed.contains("added_after") ? addedAfter(params.getFirst("added_after")) : null;
        int limit = allowed.contains("limit") ? limit(params.getFirst("limit"), defaultLimit, maxLimit) : maxLimit;
        List<String> ids =
                allowed.contains("match[id]") ? list(params, "match[id]", "[a-z0-9-]+--[0-9a-fA-F-]{36}") : List.of();
        List<String> types = allowed.contains("match[type]") ? list(params, "match[type]", "[a-z0-9-]+") : List.of();
        ObjectFilter.Versions versions = ObjectFilter.Versions.LAST;
        List<Instant> exact = new ArrayList<>();
        if (allowed.contains("match[version]") && params.containsKey("match[version]")) {
            List<String> v = list(params, "match[version]", ".+");
            if (v.contains("all") && v.size() > 1) {
                throw ValidationFailedException.of("match[version]", "'all' cannot be combined with other values");
            }
            versions = versions(v);
            if (versions == ObjectFilter.Versions.EXACT) {
                for (String value : v) {
                    if (VERSION_WORDS.contains(value)) {
                        throw ValidationFailedException.of(
                                "match[version]", "combine either 'first' and 'last' or timestamps");
                    }
                    exact.add(timestamp("match[version]", value));
                }
            }
        }
        boolean spec = true;
        if (allowed.contains("match[spec_version]") && params.containsKey("match[spec_version]")) {
            spec = list(params, "match[spec_version]", "[0-9]+\\.[0-9]+").contains("2.1");
        }
        return new ObjectFilter(after, limit, ids, types, versions, exact, spec);
    }

    private static ObjectFilter.Versions versions(List<String> v) {
        if (v.contains("all")) {
            return ObjectFilter.Versions.ALL;
        }
        boolean first = v.contains("first");
        boolean last = v.contains("last");
        if (first && last && v.size() == 2) {
            return ObjectFilter.Versions.FIRST_AND_LAST;
        }
        if (v.size() == 1 && (first || last)) {
            return first ? ObjectFilter.Versions.FIRST : ObjectFilter.Versions.LAST;
        }
        return ObjectFilter.Versions.EXACT;
    }

    /** Every parameter this request carries, with its single value, for binding a cursor to its filters. */
    static String signature(MultivaluedMap<String, String> params) {
        TreeMap<String, String> sorted = new TreeMap<>();
        params.forEach((k, v) -> {
            if (!k.equals("next") && !k.equals("limit") && !k.equals("added_after")) {
                sorted.put(k, String.join(",", v));
            }
        });
        return sorted.toString();
    }

    private static Instant addedAfter(String value) {
        return value == null ? null : timestamp("added_after", value);
    }

    /** Any RFC 3339 timestamp is accepted; the hub always answers with microseconds and Z. */
    static Instant timestamp(String field, String value) {
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw ValidationFailedException.of(field, "'" + value + "' is not an RFC 3339 timestamp");
        }
    }

    private static int limit(String value, int defaultLimit, int maxLimit) {
        if (value == null) {
            return Math.min(defaultLimit, maxLimit);
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n < 1) {
                throw ValidationFailedException.of("limit", "must be a positive integer");
            }
            return Math.min(n, maxLimit);
        } catch (NumberFormatException e) {
            throw ValidationFailedException.of("limit", "must be a positive integer");
        }
    }

    private static List<String> list(MultivaluedMap<String, String> params, String name, String pattern) {
        String value = params.getFirst(name);
        if (value == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : value.split(",", -1)) {
            if (!item.matches(pattern)) {
                throw ValidationFailedException.of(name, "'" + item + "' is not a valid value");
            }
            out.add(item);
        }
        return out;
    }
}
