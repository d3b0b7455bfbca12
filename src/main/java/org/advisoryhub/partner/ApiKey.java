package org.advisoryhub.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.TlpRank;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner's API key: what it may read (collections, TLP ceiling) and whether it may write. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    private UUID id;

    @Column(name = "key_id", nullable = false, unique = true)
    private String keyId;

    @Column(name = "organization_id", nullable = false)
    private String organizationId;

    @Column(nullable = false)
    private String name;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    private UUID[] collections;

    @Convert(converter = TlpRank.class)
    @Column(name = "tlp_ceiling_rank", nullable = false)
    private Tlp tlpCeiling;

    @Column(name = "can_write", nullable = false)
    private boolean canWrite;

    @Column(name = "can_subscribe", nullable = false)
    private boolean canSubscribe;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    protected ApiKey() {}

    ApiKey(
            String keyId,
            String organizationId,
            String name,
            String secretHash,
            Set<UUID> collections,
            Tlp ceiling,
            boolean canWrite,
            boolean canSubscribe,
            Instant expiresAt,
            Instant now) {
        this.id = UUID.randomUUID();
        this.keyId = keyId;
        this.organizationId = organizationId;
        this.name = name;
        this.secretHash = secretHash;
        this.collections = collections.toArray(UUID[]::new);
        this.tlpCeiling = ceiling;
        this.canWrite = canWrite;
        this.canSubscribe = canSubscribe;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    boolean usableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void rotate(String newSecretHash, Instant now) {
        secretHash = newSecretHash;
        rotatedAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /** Records use, at most once a minute, so busy pollers do not write on every request. */
    boolean touch(Instant now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusSeconds(60))) {
            lastUsedAt = now;
            return true;
        }
        return false;
    }

    public String keyId() {
        return keyId;
    }

    public String organizationId() {
        return organizationId;
    }

    public String name() {
        return name;
    }

    String secretHash() {
        return secretHash;
    }

    public Set<UUID> collections() {
        return Set.of(collections);
    }

    public Tlp tlpCeiling() {
        return tlpCeiling;
    }

    public boolean canWrite() {
        return canWrite;
    }

    public boolean canSubscribe() {
        return canSubscribe;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant rotatedAt() {
        return rotatedAt;
    }
}
