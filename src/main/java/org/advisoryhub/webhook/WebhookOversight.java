package org.advisoryhub.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.common.error.ForbiddenOperationException;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.webhook.dto.DeliveryResponse;
import org.advisoryhub.webhook.dto.SubscriptionResponse;

/**
 * Administrators' view of partners' webhooks: what each partner subscribed, how its deliveries went, and replaying
 * one (a dead letter once the partner's receiver is fixed). The same lookups as the partner's own API, by
 * organization instead of by key; every replay is on the audit trail under the administrator's name.
 */
@ApplicationScoped
public class WebhookOversight {

    private final WebhookService webhooks;
    private final WebhookRepository repository;
    private final AuditService audit;

    public WebhookOversight(WebhookService webhooks, WebhookRepository repository, AuditService audit) {
        this.webhooks = webhooks;
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubscriptionResponse> subscriptions(String organizationId, Actor actor) {
        requireAdmin(actor);
        return repository.subscriptionsOf(organizationId).stream()
                .map(s -> webhooks.response(s, null))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionResponse subscription(String organizationId, String id, Actor actor) {
        requireAdmin(actor);
        return webhooks.response(webhooks.subscriptionOf(organizationId, id), null);
    }

    /** Newest first; {@code status} narrows to pending, delivered or failed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeliveryResponse> deliveries(
            String organizationId, String id, String status, String cursor, int limit, Actor actor) {
        requireAdmin(actor);
        return webhooks.deliveriesOf(webhooks.subscriptionOf(organizationId, id), status, cursor, limit);
    }

    @Transactional
    public DeliveryResponse replay(String organizationId, String id, String deliveryId, Actor actor) {
        requireAdmin(actor);
        WebhookSubscription s = webhooks.subscriptionOf(organizationId, id);
        DeliveryResponse copy = webhooks.replayOf(s, deliveryId);
        audit.official(
                actor,
                "webhook.replayed",
                "webhook",
                s.id().toString(),
                null,
                Map.of("organization", organizationId, "delivery", copy.replayOf()));
        return copy;
    }

    private static void requireAdmin(Actor actor) {
        if (!actor.isAdmin()) {
            throw new ForbiddenOperationException("only administrators oversee partners' webhooks");
        }
    }
}
