package org.advisoryhub.distribution;

import java.time.Instant;
import java.util.List;

/**
 * What a partner asks of a collection (TAXII 2.1 §3.4): strictly after {@code after}, at most {@code limit}
 * objects, optionally only some ids, types and versions. Empty lists mean "no filter".
 */
public record ObjectFilter(
        Instant after,
        int limit,
        List<String> ids,
        List<String> types,
        Versions versions,
        List<Instant> exactVersions,
        boolean specVersionMatches) {

    /** Which versions of each object to return. */
    public enum Versions {
        LAST,
        FIRST,
        FIRST_AND_LAST,
        ALL,
        EXACT
    }

    public ObjectFilter {
        ids = List.copyOf(ids);
        types = List.copyOf(types);
        exactVersions = List.copyOf(exactVersions);
    }

    public ObjectFilter withAfter(Instant newAfter) {
        return new ObjectFilter(newAfter, limit, ids, types, versions, exactVersions, specVersionMatches);
    }
}
