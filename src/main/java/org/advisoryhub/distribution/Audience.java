package org.advisoryhub.distribution;

import java.util.List;
import org.advisoryhub.advisory.Tlp;

/**
 * Who is reading and through which collection: the TLP ceiling (the lower of collection and key), the STIX
 * types the collection carries (empty = all) and the reading organization, for TLP:RED and AMBER+STRICT
 * recipient lists. {@code submissionsOf} is set for a collection that takes partner writes: it then shows only
 * what this organization submitted to it, never hub content or other partners' objects.
 */
public record Audience(Tlp ceiling, List<String> types, String organizationId, java.util.UUID submissionsOf) {

    /** Objects every collection carries so that references in its content resolve. */
    static final List<String> SUPPORTING_TYPES = List.of("identity", "marking-definition", "extension-definition");
}
