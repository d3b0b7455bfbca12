package org.advisoryhub.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.advisoryhub.indicator.dto.PersonaDetails;
import org.advisoryhub.indicator.dto.Provenance;

/**
 * What an indicator says, as stored both in the working set and in each revision's frozen copy.
 * Mutable only through {@link #fillFrom}; replacing an indicator replaces the whole value.
 */
@Embeddable
public class IndicatorValues {

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

    /** A persona's aliases and accounts; null for every other kind. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    private PersonaDetails persona;

    /** Where an indicator taken in from a bundle or a partner came from; null for typed ones. */
    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.JSON)
    private Provenance provenance;

    protected IndicatorValues() {}

    static IndicatorValues of(NormalizedIndicator n) {
        IndicatorValues v = new IndicatorValues();
        v.kind = n.kind();
        v.value = n.value();
        v.normalized = n.normalized();
        v.chain = n.chain();
        v.chainName = n.chainName();
        v.asset = n.asset();
        v.hashAlgorithm = n.hashAlgorithm();
        v.fileName = n.fileName();
        v.platform = n.platform();
        v.validFrom = n.validFrom();
        v.validUntil = n.validUntil();
        v.confidence = n.confidence();
        v.description = n.description();
        v.sourceName = n.sourceName();
        v.sourceUrl = n.sourceUrl();
        v.persona = n.persona();
        return v;
    }

    /** Fills only the fields still empty (a duplicate was added); returns whether anything changed. */
    boolean fillFrom(NormalizedIndicator n) {
        boolean changed = false;
        if ((persona == null || persona.isEmpty())
                && n.persona() != null
                && !n.persona().isEmpty()) {
            persona = n.persona();
            changed = true;
        }
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
        return changed;
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

    public PersonaDetails persona() {
        return persona;
    }

    public Provenance provenance() {
        return provenance;
    }

    /** Records where the indicator came from, unless it already has a source of record. */
    boolean cite(Provenance source) {
        if (provenance != null || source == null) {
            return false;
        }
        provenance = source;
        return true;
    }

    /** The same values with this one's provenance: an edit keeps where the indicator came from. */
    IndicatorValues keeping(IndicatorValues previous) {
        provenance = previous == null ? null : previous.provenance;
        return this;
    }
}
