package org.advisoryhub.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import java.util.List;
import org.advisoryhub.webhook.dto.DeliveryResponse;
import org.advisoryhub.webhook.dto.SubscriptionResponse;

/** Maps subscriptions and deliveries to the API's records. */
final class WebhookMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookMapper() {}

    /** The subscription with its collections' aliases; {@code secret} only when it was just made (shown once). */
    static SubscriptionResponse toResponse(WebhookSubscription s, List<String> collectionAliases, String secret) {
        return new SubscriptionResponse(
                s.id().toString(), s.url(), collectionAliases, s.events(), s.keyId(), s.createdAt(), secret);
    }

    static DeliveryResponse toResponse(WebhookDelivery d) {
        return new DeliveryResponse(
                d.id().toString(),
                d.eventId().toString(),
                d.eventType(),
                d.advisoryId(),
                d.status().name(),
                d.attempts(),
                d.status() == WebhookDelivery.Status.pending ? d.nextAttemptAt() : null,
                d.lastAttemptAt(),
                d.lastStatusCode(),
                d.lastError(),
                d.createdAt(),
                d.deliveredAt(),
                d.replayOf() == null ? null : d.replayOf().toString(),
                event(d));
    }

    /** The event as delivered; a stored payload that cannot be read shows as none rather than failing the list. */
    private static JsonNode event(WebhookDelivery d) {
        try {
            return JSON.readTree(d.payload());
        } catch (JsonProcessingException e) {
            Log.warnf("Stored webhook delivery %s has a payload that cannot be read", d.id());
            return null;
        }
    }
}
