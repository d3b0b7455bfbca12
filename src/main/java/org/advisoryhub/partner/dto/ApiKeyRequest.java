package org.advisoryhub.partner.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.advisoryhub.advisory.Tlp;

/**
 * Issue a key: the collections it reads (ids or aliases), its TLP ceiling, whether it may write (submissions and
 * sightings) and subscribe to webhooks, and an optional expiry.
 */
public record ApiKeyRequest(
        @NotBlank @Size(max = 200) String name,
        @NotEmpty List<@NotBlank String> collections,
        @NotNull Tlp tlpCeiling,
        boolean canWrite,
        boolean canSubscribe,
        Instant expiresAt) {}
