package org.advisoryhub.actor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.advisoryhub.actor.dto.ActorRequest;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One threat actor of the shared catalog, published as one intrusion-set whose STIX id never changes. */
@Entity
@Table(name = "threat_actor")
public class CatalogActor {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String name;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private List<String> aliases;

    @Column(name = "mitre_id")
    private String mitreId;

    @Column(name = "attributed_to")
    private String attributedTo;

    private String description;

    @Column(name = "stix_id", nullable = false, updatable = false)
    private String stixId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected CatalogActor() {}

    CatalogActor(ActorRequest r, String by, Instant now) {
        this.id = UUID.randomUUID();
        this.stixId = "intrusion-set--" + UUID.randomUUID();
        this.createdAt = now;
        describe(r, by, now);
    }

    /** Replaces what the catalog says of the actor; the STIX object gets a new version. */
    void describe(ActorRequest r, String by, Instant now) {
        this.name = r.name().strip();
        this.aliases = new ArrayList<>(r.aliases());
        this.mitreId = r.mitreId();
        this.attributedTo = r.attributedTo();
        this.description = r.description();
        this.updatedBy = by;
        // STIX versions are milliseconds: a later edit must still get a later modified.
        Instant at = now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        this.updatedAt = updatedAt != null && !at.isAfter(updatedAt) ? updatedAt.plusMillis(1) : at;
    }

    boolean sameAs(ActorRequest r) {
        return name.equals(r.name().strip())
                && aliases.equals(r.aliases())
                && java.util.Objects.equals(mitreId, r.mitreId())
                && java.util.Objects.equals(attributedTo, r.attributedTo())
                && java.util.Objects.equals(description, r.description());
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<String> aliases() {
        return List.copyOf(aliases);
    }

    public String mitreId() {
        return mitreId;
    }

    public String attributedTo() {
        return attributedTo;
    }

    public String description() {
        return description;
    }

    public String stixId() {
        return stixId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
