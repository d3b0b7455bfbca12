package org.advisoryhub.actor;

import org.advisoryhub.actor.dto.ActorResponse;

/** Maps the shared catalog's actors to the API's records. */
final class ActorMapper {

    private ActorMapper() {}

    static ActorResponse toResponse(CatalogActor a) {
        return new ActorResponse(
                a.id(),
                a.name(),
                a.aliases(),
                a.mitreId(),
                a.attributedTo(),
                a.description(),
                a.stixId(),
                a.createdAt(),
                a.updatedAt(),
                a.updatedBy(),
                a.version());
    }
}
