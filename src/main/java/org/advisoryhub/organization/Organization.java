package org.advisoryhub.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "organization")
public class Organization {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "name_ko")
    private String nameKo;

    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Organization() {}

    public Organization(
            String id, String name, String nameKo, String country, OrganizationKind kind, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.name = name;
        this.nameKo = nameKo;
        this.country = country;
        this.kind = kind;
    }

    /** Renames or reclassifies; the time only moves when something really changed. */
    public void describe(String name, String nameKo, String country, OrganizationKind kind, Instant now) {
        if (java.util.Objects.equals(this.name, name)
                && java.util.Objects.equals(this.nameKo, nameKo)
                && java.util.Objects.equals(this.country, country)
                && this.kind == kind) {
            return;
        }
        this.name = name;
        this.nameKo = nameKo;
        this.country = country;
        this.kind = kind;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The Korean name, or null when only the English one is known. */
    public String nameKo() {
        return nameKo;
    }

    public String country() {
        return country;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
