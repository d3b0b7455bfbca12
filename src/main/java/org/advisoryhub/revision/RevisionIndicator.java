package org.advisoryhub.revision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.HashAlgorithm;
import org.advisoryhub.indicator.IndicatorKind;
import org.hibernate.annotations.Immutable;

/** An indicator as frozen in one revision; written only by the snapshot statement. */
@Entity
@Immutable
@IdClass(RevisionIndicator.Key.class)
@Table(name = "revision_indicator")
public class RevisionIndicator {

    /** Composite primary key. */
    public record Key(UUID revisionId, UUID key) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "revision_id")
    private UUID revisionId;

    @Id
    @Column(name = "indicator_key")
    private UUID key;

    @Enumerated(EnumType.STRING)
    private IndicatorKind kind;

    private String value;
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

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    private Integer confidence;
    private String description;

    @Column(name = "source_name")
    private String sourceName;

    @Column(name = "source_url")
    private String sourceUrl;

    protected RevisionIndicator() {
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
}
