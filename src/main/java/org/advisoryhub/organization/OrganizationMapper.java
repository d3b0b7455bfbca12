package org.advisoryhub.organization;

import org.advisoryhub.organization.dto.OrganizationResponse;

/** Maps organizations to the API's records. */
final class OrganizationMapper {

    private OrganizationMapper() {}

    static OrganizationResponse toResponse(Organization o) {
        return new OrganizationResponse(
                o.id(), o.name(), o.nameKo(), o.country(), o.kind(), o.createdAt(), o.updatedAt());
    }
}
