package org.advisoryhub.organization.dto;

import java.time.Instant;
import org.advisoryhub.organization.OrganizationKind;

/** An organization; {@code nameKo} is its Korean name when known. */
public record OrganizationResponse(
        String id,
        String name,
        String nameKo,
        String country,
        OrganizationKind kind,
        Instant createdAt,
        Instant updatedAt) {

    /** The name a reader of this language knows it by: Korean where known, English otherwise. */
    public String name(String lang) {
        return "ko".equals(lang) && nameKo != null ? nameKo : name;
    }
}
