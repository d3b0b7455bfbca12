package org.advisoryhub.collection.dto;

import java.util.List;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;

public record CollectionResponse(
        UUID id,
        String alias,
        String title,
        String description,
        Tlp tlpCeiling,
        List<String> objectTypes,
        boolean acceptsWrites,
        boolean addressedOnly) {

    /** Whether partners read indicators through it: a hub collection whose types include indicators. */
    public boolean carriesIndicators() {
        return !acceptsWrites && (objectTypes.isEmpty() || objectTypes.contains("indicator"));
    }

    /** Whether partners follow advisories through it: a hub collection carrying their reports or indicators. */
    public boolean carriesAdvisories() {
        return !acceptsWrites
                && (objectTypes.isEmpty() || objectTypes.contains("report") || objectTypes.contains("indicator"));
    }
}
