package org.advisoryhub.webhook.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.advisoryhub.webhook.WebhookEvent;

/** A webhook as its partner sees it. {@code secret} is present only when the hub generated it, in the answer that did. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionResponse(
        String id,
        String url,
        List<String> collections,
        List<WebhookEvent> events,
        String keyId,
        Instant createdAt,
        String secret) {}
