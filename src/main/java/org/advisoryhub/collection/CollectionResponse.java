package org.advisoryhub.collection;

import java.util.List;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;

public record CollectionResponse(UUID id, String alias, String title, String description, Tlp tlpCeiling,
        List<String> objectTypes, boolean acceptsWrites) {

    static CollectionResponse of(Collection c) {
        return new CollectionResponse(c.id(), c.alias(), c.title(), c.description(), c.tlpCeiling(), c.objectTypes(),
                c.acceptsWrites());
    }
}
