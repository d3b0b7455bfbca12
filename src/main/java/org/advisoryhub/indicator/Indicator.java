package org.advisoryhub.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One indicator in an advisory's working set. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    private UUID id;

    @Column(name = "advisory_id", nullable = false)
    private UUID advisoryId;

    @Column(name = "indicator_key", nullable = false)
    private UUID key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IndicatorKind kind;

    @Column(nullable = false)
    private String value;

    @Column(nullable = false)
    private String normalized;

    @Enumerated(EnumType.STRING)
    private Chain chain;

    @Column(name = "chain_name")
    private String chainName;

    private String asset;

    @Enumerated(EnumType.STRING)
    @Column(name = "hash_algorithm")
    private HashAlgorithm hashAlgorithm;

    @Column(name = "file_name")
    private String fileName;

    private String platform;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    private Integer confidence;

    private String description;

    @Column(name = "source_name")
    private String sourceName;

    @Column(name = "source_url")
    private String sourceUrl;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Indicator() {
    }

    public Indicator(UUID advisoryId, UUID key, NormalizedIndicator n, Instant now) {
        this.id = UUID.randomUUID();
        this.advisoryId = advisoryId;
        this.createdAt = now;
        replace(key, n, now);
    }

    /** Replaces every field (an edit through PUT). */
    public final void replace(UUID newKey, NormalizedIndicator n, Instant now) {
        key = newKey;
        kind = n.kind();
        value = n.value();
        normalized = n.normalized();
        chain = n.chain();
        chainName = n.chainName();
        asset = n.asset();
        hashAlgorithm = n.hashAlgorithm();
        fileName = n.fileName();
        platform = n.platform();
        validFrom = n.validFrom();
        validUntil = n.validUntil();
        confidence = n.confidence();
        description = n.description();
        sourceName = n.sourceName();
        sourceUrl = n.sourceUrl();
        updatedAt = now;
    }

    /** A duplicate was added: keep what we have and fill only the fields still empty. Returns whether anything changed. */
    public boolean mergeFrom(NormalizedIndicator n, Instant now) {
        boolean changed = false;
        if (asset == null && n.asset() != null) {
            asset = n.asset();
            changed = true;
        }
        if (fileName == null && n.fileName() != null) {
            fileName = n.fileName();
            changed = true;
        }
        if (validUntil == null && n.validUntil() != null) {
            validUntil = n.validUntil();
            changed = true;
        }
        if (confidence == null && n.confidence() != null) {
            confidence = n.confidence();
            changed = true;
        }
        if (description == null && n.description() != null) {
            description = n.description();
            changed = true;
        }
        if (sourceName == null && n.sourceName() != null) {
            sourceName = n.sourceName();
            sourceUrl = sourceUrl == null ? n.sourceUrl() : sourceUrl;
            changed = true;
        }
        if (changed) {
            updatedAt = now;
        }
        return changed;
    }

    public UUID id() {
        return id;
    }

    public UUID advisoryId() {
        return advisoryId;
    }

    public UUID key() {
        return key;
    }

    public IndicatorKind kind() {
        return kind;
    }

    public String value() {
        return value;
    }

    public String normalized() {
        return normalized;
    }

    public Chain chain() {
        return chain;
    }

    public String chainName() {
        return chainName;
    }

    public String asset() {
        return asset;
    }

    public HashAlgorithm hashAlgorithm() {
        return hashAlgorithm;
    }

    public String fileName() {
        return fileName;
    }

    public String platform() {
        return platform;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public Integer confidence() {
        return confidence;
    }

    public String description() {
        return description;
    }

    public String sourceName() {
        return sourceName;
    }

    public String sourceUrl() {
        return sourceUrl;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
