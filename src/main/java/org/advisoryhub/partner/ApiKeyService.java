package org.advisoryhub.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryhub.audit.AuditEntry;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.collection.CollectionService;
import org.advisoryhub.collection.dto.CollectionResponse;
import org.advisoryhub.common.db.CommitNotices;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.ids.Sha256;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.organization.OrganizationService;
import org.advisoryhub.partner.dto.ApiKeyRequest;
import org.advisoryhub.partner.dto.ApiKeyResponse;

/** Issues, rotates, revokes and checks partner API keys. Secrets are shown once and stored as SHA-256 hashes. */
@ApplicationScoped
@Transactional
public class ApiKeyService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyRepository keys;
    private final CollectionService collections;
    private final OrganizationService organizations;
    private final ApiKeyCache cache;
    private final AuditService audit;
    private final Clock clock;
    private final CommitNotices notices;

    public ApiKeyService(
            ApiKeyRepository keys,
            CollectionService collections,
            OrganizationService organizations,
            ApiKeyCache cache,
            AuditService audit,
            Clock clock,
            CommitNotices notices) {
        this.notices = notices;
        this.audit = audit;
        this.keys = keys;
        this.collections = collections;
        this.organizations = organizations;
        this.cache = cache;
        this.clock = clock;
    }

    public ApiKeyResponse issue(String organizationId, @NotNull @Valid ApiKeyRequest request, Actor actor) {
        PartnerService.requirePartner(organizations.get(organizationId));
        Instant now = clock.instant();
        if (request.expiresAt() != null && !request.expiresAt().isAfter(now)) {
            throw ValidationFailedException.of("expiresAt", "must be in the future");
        }
        Set<UUID> granted = resolveCollections(request.collections());
        String secret = secret();
        ApiKey key = new ApiKey(
                "ahk_" + HexFormat.of().formatHex(randomBytes(10)),
                organizationId,
                request.name(),
                hash(secret),
                granted,
                request.tlpCeiling(),
                request.canWrite(),
                request.canSubscribe(),
                request.expiresAt(),
                now);
        keys.persist(key);
        record(actor, "api-key.issued", key);
        return response(key, secret);
    }

    /** Replaces the secret; the old one stops working at once. */
    public ApiKeyResponse rotate(String organizationId, String keyId, Actor actor) {
        ApiKey key = require(organizationId, keyId);
        if (key.revokedAt() != null) {
            throw ValidationFailedException.of("keyId", "a revoked key cannot be rotated; issue a new one");
        }
        String secret = secret();
        key.rotate(hash(secret), clock.instant());
        forgetEverywhere(keyId);
        record(actor, "api-key.rotated", key);
        return response(key, secret);
    }

    public ApiKeyResponse revoke(String organizationId, String keyId, Actor actor) {
        ApiKey key = require(organizationId, keyId);
        key.revoke(clock.instant());
        forgetEverywhere(keyId);
        record(actor, "api-key.revoked", key);
        return response(key, null);
    }

    /** Every instance forgets the key once the change commits (this one right after it, the others when told). */
    private void forgetEverywhere(String keyId) {
        notices.afterCommit(cache, keyId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ApiKeyResponse> list(String organizationId) {
        organizations.get(organizationId);
        return keys.listFor(organizationId).stream().map(k -> response(k, null)).toList();
    }

    /**
     * The grants of a valid, unexpired, unrevoked key whose secret matches; empty otherwise. Answers from the
     * {@link ApiKeyCache} when it can, so a busy poller costs no database round trip per request.
     */
    public Optional<ApiKeyGrant> authenticate(String keyId, String secret) {
        Instant now = clock.instant();
        String hash = hash(secret);
        Optional<ApiKeyGrant> cached = cache.lookup(keyId, hash, now);
        if (cached != null) {
            return cached;
        }
        long generation = cache.generation();
        Optional<ApiKey> found = keys.findByKeyId(keyId);
        boolean matches = MessageDigest.isEqual(
                hash.getBytes(StandardCharsets.US_ASCII),
                found.map(ApiKey::secretHash).orElse("").getBytes(StandardCharsets.US_ASCII));
        Optional<ApiKeyGrant> grant = found.filter(k -> matches && k.usableAt(now))
                .map(k -> {
                    k.touch(now);
                    return grantOf(k);
                });
        found.filter(k -> matches && k.usableAt(now))
                .ifPresent(k -> cache.remember(k.keyId(), hash, grant.get(), k.expiresAt(), now, generation));
        return grant;
    }

    /** What a key grants now, if it is neither revoked nor expired (for work done on a partner's behalf later). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ApiKeyGrant> activeGrant(String keyId) {
        Instant now = clock.instant();
        return keys.findByKeyId(keyId).filter(k -> k.usableAt(now)).map(ApiKeyService::grantOf);
    }

    /** Audits a key change; the secret and its hash never enter the trail. */
    private void record(Actor actor, String action, ApiKey key) {
        audit.record(new AuditEntry(
                actor.username(),
                actor.kind(),
                actor.organizationId(),
                action,
                "api-key",
                key.keyId(),
                null,
                key.organizationId(),
                Map.of(
                        "tlpCeiling",
                        key.tlpCeiling().label(),
                        "canWrite",
                        key.canWrite(),
                        "canSubscribe",
                        key.canSubscribe(),
                        "collections",
                        key.collections().size())));
    }

    private static ApiKeyGrant grantOf(ApiKey k) {
        return new ApiKeyGrant(
                k.keyId(), k.organizationId(), k.collections(), k.tlpCeiling(), k.canWrite(), k.canSubscribe());
    }

    private ApiKey require(String organizationId, String keyId) {
        return keys.findByKeyId(keyId)
                .filter(k -> k.organizationId().equals(organizationId))
                .orElseThrow(() -> new NotFoundException("API key", keyId));
    }

    private Set<UUID> resolveCollections(List<String> requested) {
        Set<UUID> out = new LinkedHashSet<>();
        List<Violation> bad = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Optional<CollectionResponse> c = collections.find(requested.get(i));
            if (c.isEmpty()) {
                bad.add(new Violation("collections[" + i + "]", "unknown collection", null, requested.get(i)));
            } else {
                out.add(c.get().id());
            }
        }
        if (!bad.isEmpty()) {
            throw new ValidationFailedException("Some collections do not exist", bad);
        }
        return out;
    }

    private ApiKeyResponse response(ApiKey k, String secret) {
        Map<UUID, String> aliases = collections.list().stream()
                .collect(Collectors.toMap(CollectionResponse::id, CollectionResponse::alias, (a, b) -> a));
        List<String> names = k.collections().stream()
                .map(id -> aliases.getOrDefault(id, id.toString()))
                .sorted()
                .toList();
        return ApiKeyMapper.toResponse(k, names, secret);
    }

    private static String secret() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
