package org.advisoryhub.distribution;

import java.util.List;
import org.advisoryhub.advisory.Visibility;

/**
 * Who is reading and through which collection: what the key may read there ({@link Visibility.PartnerView}) and the
 * STIX types the collection carries (empty = all). {@code submissionsOf} is set for a collection that takes partner
 * writes: it then shows only what this organization submitted to it, never hub content or other partners' objects.
 */
public record Audience(Visibility.PartnerView view, List<String> types, java.util.UUID submissionsOf) {

    /** Objects every collection carries so that references in its content resolve. */
    static final List<String> SUPPORTING_TYPES = List.of("identity", "marking-definition", "extension-definition");
}
