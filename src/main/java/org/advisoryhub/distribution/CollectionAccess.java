package org.advisoryhub.distribution;

import org.advisoryhub.collection.CollectionResponse;

/** A collection as one API key sees it (TAXII 2.1 §5.2.1: can_read and can_write are per client). */
public record CollectionAccess(CollectionResponse collection, boolean canRead, boolean canWrite) {
}
