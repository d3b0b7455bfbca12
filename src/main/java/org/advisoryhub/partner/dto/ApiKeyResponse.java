package org.advisoryhub.partner.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.advisoryhub.advisory.Tlp;

/**
 * An API key as admins see it. {@code secret} and {@code token} are present only in the answer that issued
 * or rotated the key: the hub keeps nothing but a hash and cannot show them again.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiKeyResponse(
        String keyId,
        String organizationId,
        String name,
        List<String> collections,
        Tlp tlpCeiling,
        boolean canWrite,
        boolean canSubscribe,
        Instant expiresAt,
        Instant revokedAt,
        Instant lastUsedAt,
        Instant createdAt,
        Instant rotatedAt,
        String secret,
        String token) {}
