package org.advisoryhub.official;

import java.util.TreeSet;
import org.advisoryhub.official.dto.OfficialResponse;

/** Maps officials' accounts to the API's records. */
final class OfficialMapper {

    private OfficialMapper() {}

    static OfficialResponse toResponse(Official o) {
        return new OfficialResponse(
                o.username(),
                o.displayName(),
                new TreeSet<>(o.roles()),
                o.organizationId(),
                o.enabled(),
                o.createdAt());
    }
}
