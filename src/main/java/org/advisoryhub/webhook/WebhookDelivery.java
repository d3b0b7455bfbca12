package org.advisoryhub.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One event for one subscription in the outbox, with where its delivery stands. {@code nextAttemptAt} is when
 * a pending delivery is due; while an attempt is in flight it is the attempt's lease, so a delivery whose
 * sender died (a crash, a kill -9) becomes due again by itself.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    /** Where a delivery stands. */
    public enum Status {
        pending,
        delivered,
        failed
    }

    @Id
    private UUID id;

    @Column(name = "subscription_id", nullable = false)
    private UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    private UUID eventId;

    @Column(name = "event_type", nullable = false)
    private String eventType;

    @Column(name = "advisory_id")
    private String advisoryId;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "replay_of")
    private UUID replayOf;

    protected WebhookDelivery() {}

    WebhookDelivery(
            UUID subscriptionId,
            UUID eventId,
            String eventType,
            String advisoryId,
            String payload,
            Instant now,
            UUID replayOf) {
        this.id = UUID.randomUUID();
        this.subscriptionId = subscriptionId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.advisoryId = advisoryId;
        this.payload = payload;
        this.status = Status.pending;
        this.nextAttemptAt = now;
        this.createdAt = now;
        this.replayOf = replayOf;
    }

    /** A fresh delivery of the same event, due now. */
    WebhookDelivery replay(Instant now) {
        return new WebhookDelivery(subscriptionId, eventId, eventType, advisoryId, payload, now, id);
    }

    public UUID id() {
        return id;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public UUID eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public String advisoryId() {
        return advisoryId;
    }

    public String payload() {
        return payload;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer lastStatusCode() {
        return lastStatusCode;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public UUID replayOf() {
        return replayOf;
    }
}
