package org.advisoryhub.partner;

import java.util.List;
import org.advisoryhub.partner.dto.ApiKeyResponse;

/** Maps API keys to the API's records. */
final class ApiKeyMapper {

    private ApiKeyMapper() {}

    /** The key with its collections' aliases; {@code secret} only when it was just made (shown once). */
    static ApiKeyResponse toResponse(ApiKey k, List<String> collectionAliases, String secret) {
        return new ApiKeyResponse(
                k.keyId(),
                k.organizationId(),
                k.name(),
                collectionAliases,
                k.tlpCeiling(),
                k.canWrite(),
                k.canSubscribe(),
                k.expiresAt(),
                k.revokedAt(),
                k.lastUsedAt(),
                k.createdAt(),
                k.rotatedAt(),
                secret,
                secret == null ? null : k.keyId() + "." + secret);
    }
}
