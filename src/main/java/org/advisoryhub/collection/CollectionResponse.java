package org.advisoryhub.collection;

import java.util.List;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;

public record CollectionResponse(UUID id, String alias, String title, String description, Tlp tlpCeiling,
        List<String> objectTypes, boolean acceptsWrites, boolean addressedOnly) {

    /** Whether partners read indicators through it: a hub collection whose types include indicators. */
    public boolean carriesIndicators() {
        return !acceptsWrites && (objectTypes.isEmpty() || objectTypes.contains("indicator"));
    }

    /** Whether partners follow advisories through it: a hub collection carrying their reports or indicators. */
    public boolean carriesAdvisories() {
        return !acceptsWrites && (objectTypes.isEmpty() || objectTypes.contains("report") || objectTypes.contains("indicator"));
    }

    static CollectionResponse of(Collection c) {
        return new CollectionResponse(c.id(), c.alias(), c.title(), c.description(), c.tlpCeiling(), c.objectTypes(),
                c.acceptsWrites(), c.addressedOnly());
    }
}
