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

    private String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationKind kind;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Organization() {
    }

    public Organization(String id, String name, String country, OrganizationKind kind, Instant createdAt) {
        this.id = id;
        this.createdAt = createdAt;
        describe(name, country, kind);
    }

    public final void describe(String name, String country, OrganizationKind kind) {
        this.name = name;
        this.country = country;
        this.kind = kind;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
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
}
