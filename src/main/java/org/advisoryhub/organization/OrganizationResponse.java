package org.advisoryhub.organization;

import java.time.Instant;

public record OrganizationResponse(String id, String name, String country, OrganizationKind kind, Instant createdAt,
        Instant updatedAt) {

    static OrganizationResponse of(Organization o) {
        return new OrganizationResponse(o.id(), o.name(), o.country(), o.kind(), o.createdAt(), o.updatedAt());
    }
}
