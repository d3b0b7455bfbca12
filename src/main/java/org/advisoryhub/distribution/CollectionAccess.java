package org.advisoryhub.distribution;

import org.advisoryhub.advisory.Visibility;
import org.advisoryhub.collection.dto.CollectionResponse;

/**
 * A collection as one API key sees it (TAXII 2.1 §5.2.1: can_read and can_write are per client), with what the key
 * reads through it: {@code view} is the one place that combines key and collection into the visibility rule.
 */
public record CollectionAccess(
        CollectionResponse collection, boolean canRead, boolean canWrite, Visibility.PartnerView view) {}
