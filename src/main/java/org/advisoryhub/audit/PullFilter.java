package org.advisoryhub.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters of a pull-log search; null means any. {@code beforeId} is the keyset position, {@code limit} the rows to read. */
public record PullFilter(
        String keyId,
        String organizationId,
        UUID collectionId,
        String endpoint,
        Instant from,
        Instant to,
        Long beforeId,
        int limit) {

    /** The same filter reading {@code rows} rows (keyset paging reads one more than a page). */
    PullFilter reading(int rows) {
        return new PullFilter(keyId, organizationId, collectionId, endpoint, from, to, beforeId, rows);
    }
}
