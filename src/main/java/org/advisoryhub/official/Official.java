package org.advisoryhub.official;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A local account of an official; used when the hub is not connected to Keycloak. */
@Entity
@Table(name = "official")
public class Official {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] roles;

    @Column(name = "organization_id", nullable = false)
    private String organizationId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Console sessions carry the epoch they began in; moving it on ends them all. */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    protected Official() {}

    public Official(
            String username,
            String displayName,
            String passwordHash,
            Set<String> roles,
            String organizationId,
            Instant createdAt) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.enabled = true;
        update(displayName, roles, organizationId);
    }

    public final void update(String displayName, Set<String> roles, String organizationId) {
        this.displayName = displayName;
        this.roles = new TreeSet<>(roles).toArray(String[]::new);
        this.organizationId = organizationId;
    }

    /** A new password ends every console session begun with the old one. */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        sessionEpoch++;
    }

    /** Disabling ends every console session. */
    public void setEnabled(boolean enabled) {
        if (this.enabled && !enabled) {
            sessionEpoch++;
        }
        this.enabled = enabled;
    }

    public int sessionEpoch() {
        return sessionEpoch;
    }

    public boolean isAdmin() {
        return enabled && java.util.Arrays.asList(roles).contains(org.advisoryhub.common.security.Roles.ADMIN);
    }

    public UUID id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Set<String> roles() {
        return Set.of(roles);
    }

    public String organizationId() {
        return organizationId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
