package org.advisoryhub.collection;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.TlpRank;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A TAXII collection: an audience defined by the STIX object types it carries and a TLP ceiling. */
@Entity
@Table(name = "taxii_collection")
public class Collection {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String alias;

    @Column(nullable = false)
    private String title;

    private String description;

    @Convert(converter = TlpRank.class)
    @Column(name = "tlp_ceiling_rank", nullable = false)
    private Tlp tlpCeiling;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "object_types", nullable = false, columnDefinition = "text[]")
    private String[] objectTypes;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "accepts_writes", nullable = false)
    private boolean acceptsWrites;

    @Column(name = "addressed_only", nullable = false)
    private boolean addressedOnly;

    protected Collection() {}

    Collection(String alias, Instant now) {
        this.id = UUID.randomUUID();
        this.alias = alias;
        this.createdAt = now;
    }

    void describe(
            String title,
            String description,
            Tlp ceiling,
            List<String> types,
            boolean acceptsWrites,
            boolean addressedOnly) {
        this.acceptsWrites = acceptsWrites;
        this.addressedOnly = addressedOnly;
        this.title = title;
        this.description = description;
        this.tlpCeiling = ceiling;
        this.objectTypes = types.toArray(String[]::new);
    }

    public UUID id() {
        return id;
    }

    public String alias() {
        return alias;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Tlp tlpCeiling() {
        return tlpCeiling;
    }

    /** Whether partners with write access may POST objects into it (they then read back only their own). */
    public boolean acceptsWrites() {
        return acceptsWrites;
    }

    /** Whether it carries exactly what names the reading organization as a recipient (every key reads it). */
    public boolean addressedOnly() {
        return addressedOnly;
    }

    /** STIX types this collection carries; empty means all. */
    public List<String> objectTypes() {
        return List.of(objectTypes);
    }
}
