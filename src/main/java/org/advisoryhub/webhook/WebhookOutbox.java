package org.advisoryhub.webhook;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.advisoryhub.advisory.Advisory;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.advisory.AdvisoryPublished;
import org.advisoryhub.advisory.AdvisoryStatus;
import org.advisoryhub.collection.CollectionService;
import org.advisoryhub.collection.dto.CollectionResponse;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.time.Timestamps;
import org.advisoryhub.distribution.CollectionReader;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.partner.ApiKeyService;
import org.advisoryhub.revision.RevisionService;
import org.advisoryhub.revision.dto.RevisionResponse;
import org.advisoryhub.stix.StixIds;
import org.advisoryhub.taxii.Taxii;

/**
 * Writes an event for every subscription that may see the advisory into the outbox, in the transaction that
 * published, amended or withdrew it: the event exists exactly when the change committed.
 */
@ApplicationScoped
public class WebhookOutbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebhookRepository webhooks;
    private final RevisionService revisions;
    private final ApiKeyService keys;
    private final CollectionService collections;
    private final Clock clock;
    private final String publicUrl;

    public WebhookOutbox(
            WebhookRepository webhooks,
            RevisionService revisions,
            ApiKeyService keys,
            CollectionService collections,
            Clock clock,
            HubConfig config) {
        this.webhooks = webhooks;
        this.revisions = revisions;
        this.keys = keys;
        this.collections = collections;
        this.clock = clock;
        this.publicUrl = config.publicUrl().orElse("http://localhost:8080").replaceAll("/+$", "");
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onPublished(@Observes AdvisoryPublished event) {
        Advisory advisory = event.advisory();
        webhooks.flush();
        RevisionResponse revision = revisions.latestResponse(advisory).orElseThrow();
        WebhookEvent type = advisory.status() == AdvisoryStatus.WITHDRAWN
                ? WebhookEvent.WITHDRAWN
                : revision.number() == 1 ? WebhookEvent.PUBLISHED : WebhookEvent.AMENDED;
        List<WebhookSubscription> subscriptions =
                webhooks.allSubscriptions().stream().filter(s -> s.wants(type)).toList();
        if (subscriptions.isEmpty()) {
            return;
        }
        Map<UUID, CollectionResponse> byId =
                collections.list().stream().collect(Collectors.toMap(CollectionResponse::id, Function.identity()));
        UUID eventId = UUID.randomUUID();
        Instant now = clock.instant();
        ObjectNode changes = changes(type, advisory, revision);
        for (WebhookSubscription s : subscriptions) {
            keys.activeGrant(s.keyId())
                    .flatMap(grant -> through(s, grant, revision.content(), byId))
                    .ifPresent(c -> {
                        String payload = payload(eventId, type, now, advisory, revision, changes, c);
                        webhooks.persist(new WebhookDelivery(
                                s.id(), eventId, type.label(), advisory.publicId(), payload, now, null));
                    });
        }
    }

    /** The first subscribed collection through which the subscriber's key may see this revision. */
    private static Optional<CollectionResponse> through(
            WebhookSubscription s, ApiKeyGrant grant, AdvisoryContent content, Map<UUID, CollectionResponse> byId) {
        return s.collections().stream()
                .map(byId::get)
                .filter(c -> c != null && c.carriesAdvisories())
                .filter(c -> CollectionReader.accessTo(grant, c)
                        .filter(a -> a.view().mayRead(content.tlp(), content.recipients()))
                        .isPresent())
                .findFirst();
    }

    private ObjectNode changes(WebhookEvent type, Advisory advisory, RevisionResponse revision) {
        ObjectNode changes = JSON.createObjectNode();
        if (type == WebhookEvent.WITHDRAWN) {
            changes.put("reason", advisory.withdrawalReason());
            changes.put("indicatorsRevoked", revision.indicatorCount());
            return changes;
        }
        changes.put("changeNote", revision.changeNote());
        changes.put("indicatorCount", revision.indicatorCount());
        changes.put("indicatorsAdded", difference(advisory.id(), revision.number(), revision.number() - 1));
        changes.put("indicatorsRemoved", difference(advisory.id(), revision.number() - 1, revision.number()));
        return changes;
    }

    /** How many indicators revision {@code in} has that revision {@code notIn} has not (revision 0 has none). */
    private int difference(UUID advisory, int in, int notIn) {
        if (in < 1) {
            return 0;
        }
        return revisions.indicatorsOnlyIn(advisory, in, notIn);
    }

    private String payload(
            UUID eventId,
            WebhookEvent type,
            Instant now,
            Advisory advisory,
            RevisionResponse revision,
            ObjectNode changes,
            CollectionResponse collection) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", eventId.toString());
        root.put("type", type.label());
        root.put("occurredAt", Timestamps.micros(now));
        ObjectNode a = root.putObject("advisory");
        a.put("id", advisory.publicId());
        a.put("title", revision.content().title());
        a.put("tlp", revision.content().tlp().label());
        a.put("status", type == WebhookEvent.WITHDRAWN ? "withdrawn" : "published");
        a.put("revision", revision.number());
        a.put("publishedAt", Timestamps.micros(revision.publishedAt()));
        a.put("reviewBy", Timestamps.micros(revision.reviewBy()));
        root.set("changes", changes);
        String objects = publicUrl + Taxii.API_ROOT + "/collections/" + collection.id() + "/objects/";
        ObjectNode links = root.putObject("links");
        links.put("collection", collection.id().toString());
        links.put("objects", objects);
        if (collection.objectTypes().isEmpty() || collection.objectTypes().contains("report")) {
            links.put("report", objects + StixIds.report(advisory.publicId()) + "/");
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
