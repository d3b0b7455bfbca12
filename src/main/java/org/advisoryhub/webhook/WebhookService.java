package org.advisoryhub.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.advisoryhub.audit.AuditEntry;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.collection.CollectionService;
import org.advisoryhub.collection.dto.CollectionResponse;
import org.advisoryhub.common.error.ForbiddenOperationException;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Keyset;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.ActorKind;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.webhook.dto.DeliveryResponse;
import org.advisoryhub.webhook.dto.SubscriptionRequest;
import org.advisoryhub.webhook.dto.SubscriptionResponse;

/**
 * Partners manage their organization's webhooks with a key that may subscribe: register, list, delete, see
 * deliveries and replay one. Another organization's webhooks do not exist as far as they can tell.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    static final int MAX_PER_ORGANIZATION = 25;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebhookRepository webhooks;
    private final CollectionService collections;
    private final WebhookTargets targets;
    private final AuditService audit;
    private final Clock clock;

    public WebhookService(
            WebhookRepository webhooks,
            CollectionService collections,
            WebhookTargets targets,
            AuditService audit,
            Clock clock) {
        this.webhooks = webhooks;
        this.collections = collections;
        this.targets = targets;
        this.audit = audit;
        this.clock = clock;
    }

    public SubscriptionResponse subscribe(ApiKeyGrant grant, SubscriptionRequest request) {
        requireSubscriber(grant);
        if (request == null) {
            throw ValidationFailedException.of("body", "give url and collections");
        }
        List<Violation> problems = new ArrayList<>();
        String url = url(request.url(), problems);
        Set<UUID> followed = collections(grant, request.collections(), problems);
        Set<WebhookEvent> events = events(request.events(), problems);
        String secret = request.secret();
        if (secret != null && (secret.length() < 24 || secret.length() > 200)) {
            problems.add(Violation.of("secret", "must be 24 to 200 characters (leave it out to have one generated)"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException("The subscription has " + problems.size() + " problem(s)", problems);
        }
        long existing = webhooks.countSubscriptions(grant.organizationId());
        if (existing >= MAX_PER_ORGANIZATION) {
            throw ValidationFailedException.of(
                    "url", "an organization may have at most " + MAX_PER_ORGANIZATION + " webhooks; delete one first");
        }
        String generated = secret == null ? HexFormat.of().formatHex(randomBytes()) : null;
        WebhookSubscription s = new WebhookSubscription(
                grant.organizationId(),
                grant.keyId(),
                url,
                generated != null ? generated : secret,
                followed,
                events,
                clock.instant());
        webhooks.persist(s);
        record(grant, "webhook.subscribed", s.id(), Map.of("url", url, "events", events.size()));
        return response(s, generated);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SubscriptionResponse> list(ApiKeyGrant grant) {
        requireSubscriber(grant);
        return webhooks.subscriptionsOf(grant.organizationId()).stream()
                .map(s -> response(s, null))
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SubscriptionResponse get(ApiKeyGrant grant, String id) {
        return response(require(grant, id), null);
    }

    public void delete(ApiKeyGrant grant, String id) {
        WebhookSubscription s = require(grant, id);
        webhooks.remove(s);
        record(grant, "webhook.deleted", s.id(), Map.of("url", s.url()));
    }

    /** Newest first; {@code status} narrows to pending, delivered or failed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeliveryResponse> deliveries(ApiKeyGrant grant, String id, String status, String cursor, int limit) {
        return deliveriesOf(require(grant, id), status, cursor, limit);
    }

    /** Sends a delivery's event again as a new delivery, due now; the original keeps its history. */
    public DeliveryResponse replay(ApiKeyGrant grant, String id, String deliveryId) {
        WebhookSubscription s = require(grant, id);
        DeliveryResponse copy = replayOf(s, deliveryId);
        record(grant, "webhook.replayed", s.id(), Map.of("delivery", copy.replayOf()));
        return copy;
    }

    /** A subscription's deliveries, whoever asks (its partner, or an administrator). */
    Page<DeliveryResponse> deliveriesOf(WebhookSubscription s, String status, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        WebhookDelivery.Status wanted = status == null ? null : parseStatus(status);
        return Keyset.page(
                limit,
                n -> webhooks.deliveries(s.id(), wanted, after, n),
                d -> Cursor.at(d.createdAt(), d.id()),
                WebhookMapper::toResponse);
    }

    /** Queues a copy of one of the subscription's deliveries; another subscription's delivery is not found. */
    @Transactional(Transactional.TxType.MANDATORY)
    DeliveryResponse replayOf(WebhookSubscription s, String deliveryId) {
        WebhookDelivery original = uuid(deliveryId)
                .flatMap(webhooks::delivery)
                .filter(d -> d.subscriptionId().equals(s.id()))
                .orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
        WebhookDelivery copy = original.replay(clock.instant());
        webhooks.persist(copy);
        return WebhookMapper.toResponse(copy);
    }

    /** The organization's subscription with this id; another organization's is not found. */
    WebhookSubscription subscriptionOf(String organizationId, String id) {
        return uuid(id).flatMap(webhooks::subscription)
                .filter(s -> s.organizationId().equals(organizationId))
                .orElseThrow(() -> new NotFoundException("Webhook", id));
    }

    private WebhookSubscription require(ApiKeyGrant grant, String id) {
        requireSubscriber(grant);
        return subscriptionOf(grant.organizationId(), id);
    }

    private static void requireSubscriber(ApiKeyGrant grant) {
        if (!grant.canSubscribe()) {
            throw new ForbiddenOperationException(
                    "this API key may not manage webhooks; ask for a key that may subscribe");
        }
    }

    private String url(String url, List<Violation> problems) {
        if (url == null || url.isBlank()) {
            problems.add(Violation.of("url", "is required"));
            return null;
        }
        String problem = url.length() > 2000 ? "must be at most 2000 characters" : targets.problemWith(url.trim());
        if (problem != null) {
            problems.add(Violation.of("url", problem));
        }
        return url.trim();
    }

    private Set<UUID> collections(ApiKeyGrant grant, List<String> requested, List<Violation> problems) {
        Set<UUID> out = new LinkedHashSet<>();
        if (requested == null || requested.isEmpty()) {
            problems.add(Violation.of("collections", "name at least one collection whose advisories to follow"));
            return out;
        }
        for (int i = 0; i < requested.size(); i++) {
            Optional<CollectionResponse> c = Optional.ofNullable(requested.get(i))
                    .flatMap(collections::find)
                    .filter(found -> grant.collections().contains(found.id()) && found.carriesAdvisories());
            if (c.isEmpty()) {
                problems.add(new Violation(
                        "collections[" + i + "]",
                        "not a collection of advisories this key reads",
                        null,
                        requested.get(i)));
            } else {
                out.add(c.get().id());
            }
        }
        return out;
    }

    private static Set<WebhookEvent> events(List<String> requested, List<Violation> problems) {
        if (requested == null || requested.isEmpty()) {
            return EnumSet.allOf(WebhookEvent.class);
        }
        Set<WebhookEvent> out = EnumSet.noneOf(WebhookEvent.class);
        for (int i = 0; i < requested.size(); i++) {
            try {
                out.add(WebhookEvent.parse(String.valueOf(requested.get(i))));
            } catch (IllegalArgumentException e) {
                problems.add(new Violation("events[" + i + "]", e.getMessage(), null, requested.get(i)));
            }
        }
        return out;
    }

    private static WebhookDelivery.Status parseStatus(String status) {
        try {
            return WebhookDelivery.Status.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ValidationFailedException.of("status", "must be pending, delivered or failed");
        }
    }

    private static Optional<UUID> uuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    SubscriptionResponse response(WebhookSubscription s, String secret) {
        List<String> names = s.collections().stream()
                .map(id -> collections
                        .find(id.toString())
                        .map(CollectionResponse::alias)
                        .orElse(id.toString()))
                .toList();
        return WebhookMapper.toResponse(s, names, secret);
    }

    private void record(ApiKeyGrant grant, String action, UUID subscription, Map<String, Object> details) {
        audit.record(new AuditEntry(
                grant.keyId(),
                ActorKind.PARTNER,
                grant.organizationId(),
                action,
                "webhook",
                subscription.toString(),
                null,
                grant.organizationId(),
                details));
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return b;
    }
}
