package org.advisoryhub.collection;

import org.advisoryhub.collection.dto.CollectionResponse;

/** Maps collections to the API's records. */
final class CollectionMapper {

    private CollectionMapper() {}

    static CollectionResponse toResponse(Collection c) {
        return new CollectionResponse(
                c.id(),
                c.alias(),
                c.title(),
                c.description(),
                c.tlpCeiling(),
                c.objectTypes(),
                c.acceptsWrites(),
                c.addressedOnly());
    }
}
