package org.advisoryhub.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A partner's webhook: target, shared secret, the collections whose advisories it follows and the events it wants. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    private UUID id;

    @Column(name = "organization_id", nullable = false)
    private String organizationId;

    @Column(name = "key_id", nullable = false)
    private String keyId;

    @Column(nullable = false)
    private String url;

    @Column(nullable = false)
    private String secret;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    private UUID[] collections;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    private String[] events;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookSubscription() {}

    WebhookSubscription(
            String organizationId,
            String keyId,
            String url,
            String secret,
            Set<UUID> collections,
            Set<WebhookEvent> events,
            Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.keyId = keyId;
        this.url = url;
        this.secret = secret;
        this.collections = collections.toArray(UUID[]::new);
        this.events = events.stream().map(WebhookEvent::label).toArray(String[]::new);
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String organizationId() {
        return organizationId;
    }

    public String keyId() {
        return keyId;
    }

    public String url() {
        return url;
    }

    String secret() {
        return secret;
    }

    public List<UUID> collections() {
        return List.of(collections);
    }

    public List<WebhookEvent> events() {
        return Arrays.stream(events).map(WebhookEvent::parse).toList();
    }

    public boolean wants(WebhookEvent event) {
        return Arrays.asList(events).contains(event.label());
    }

    public Instant createdAt() {
        return createdAt;
    }
}
