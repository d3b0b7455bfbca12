package org.advisoryhub.organization.dto;

import java.time.Instant;
import org.advisoryhub.organization.OrganizationKind;

public record OrganizationResponse(
        String id, String name, String country, OrganizationKind kind, Instant createdAt, Instant updatedAt) {}
