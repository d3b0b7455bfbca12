package org.advisoryhub.official.dto;

import java.time.Instant;
import java.util.Set;

/** A local account as shown to admins; never includes the password hash. */
public record OfficialResponse(
        String username,
        String displayName,
        Set<String> roles,
        String organizationId,
        boolean enabled,
        Instant createdAt) {}
