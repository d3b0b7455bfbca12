package org.advisoryhub.importer;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import org.advisoryhub.organization.OrganizationKind;
import org.advisoryhub.organization.dto.OrganizationRequest;

/** {@code advisories/organizations.yaml}, as described by {@code schemas/organizations.schema.json}. */
public record OrganizationsFile(List<Entry> organizations) {

    /** One organization; keys are snake case, as in the advisory files ({@code name_ko}). */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Entry(String id, String name, String nameKo, String country, OrganizationKind kind) {

        OrganizationRequest request() {
            return new OrganizationRequest(id, name, country, kind, nameKo);
        }
    }
}
