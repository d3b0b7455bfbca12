package org.advisoryhub.organization.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.advisoryhub.organization.OrganizationKind;

/**
 * Create or update an organization. The id is a stable slug such as {@code us-fbi}; {@code nameKo} is the name Korean
 * readers know it by (국가정보원), optional.
 */
public record OrganizationRequest(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}", message = "must be a lower-case slug (a-z, 0-9, -)")
        String id,

        @NotBlank @Size(max = 300) String name,

        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String country,

        @NotNull OrganizationKind kind,
        @Size(max = 300) String nameKo) {

    /** Without a Korean name. */
    public OrganizationRequest(String id, String name, String country, OrganizationKind kind) {
        this(id, name, country, kind, null);
    }

    public OrganizationRequest {
        nameKo = nameKo == null || nameKo.isBlank() ? null : nameKo.strip();
    }
}
