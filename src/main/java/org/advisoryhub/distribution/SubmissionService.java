package org.advisoryhub.distribution;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryhub.common.error.JsonErrors;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.text.StorableText;
import org.advisoryhub.common.text.StorableTextJson;
import org.advisoryhub.common.time.Timestamps;
import org.advisoryhub.distribution.dto.SubmissionStatus;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.stix.StixSubmissionRules;
import org.advisoryhub.stix.TlpMarkings;

/**
 * Objects partners POST to a collection that accepts writes (TAXII 2.1 §5.5): each object is checked on its own
 * against what STIX 2.1 requires of every object ({@link StixSubmissionRules}: custom types, properties and
 * extensions are welcome) and the rule that only an object's creator may version it; good ones are stored
 * for the submitting partner, bad ones are reported in the status resource, which stays queryable.
 */
@ApplicationScoped
@Transactional
public class SubmissionService {

    private static final ObjectMapper JSON = StorableTextJson.apply(new ObjectMapper());

    private final StixObjectRepository store;
    private final TaxiiStatusRepository statuses;
    private final CollectionReader reader;
    private final Clock clock;

    public SubmissionService(
            StixObjectRepository store, TaxiiStatusRepository statuses, CollectionReader reader, Clock clock) {
        this.store = store;
        this.statuses = statuses;
        this.reader = reader;
        this.clock = clock;
    }

    public SubmissionStatus submit(ApiKeyGrant grant, CollectionAccess access, String body) {
        JsonNode objects = envelopeObjects(body);
        Instant now = clock.instant();
        UUID collection = access.collection().id();
        List<SubmissionStatus.Detail> successes = new ArrayList<>();
        List<SubmissionStatus.Detail> failures = new ArrayList<>();
        List<StixObjectRepository.Row> rows = new ArrayList<>();
        Set<String> batch = new HashSet<>();
        Map<String, Owner> owners = owners(objects);
        for (JsonNode o : objects) {
            String id = o.path("id").asText(null);
            String version = versionOf(o, now);
            String problem = problem(o, id, version, owners.get(id), grant, collection);
            if (problem == null
                    && "sighting".equals(o.path("type").asText())
                    && !reader.visible(grant, o.path("sighting_of_ref").asText())) {
                problem = "sighting_of_ref does not name an object the hub shares with you";
            }
            if (problem != null) {
                failures.add(
                        new SubmissionStatus.Detail(id == null ? "" : id, version == null ? "" : version, problem));
                continue;
            }
            Instant v = Instant.parse(version);
            String key = StixObjectRepository.key(id, v);
            // Sending a version again is not an error (§5.5): it is reported as a success and stored once. An object
            // without versions (an observable) is the same object whenever it comes again.
            String mine = "|" + collection + "|" + grant.organizationId();
            boolean unversioned = !o.has("modified") && !o.has("created");
            boolean known = unversioned
                    ? owners.get(id).versions().stream().anyMatch(held -> held.endsWith(mine))
                    : owners.get(id).versions().contains(key + mine);
            if (!known && batch.add(key)) {
                rows.add(new StixObjectRepository.Row(
                        id,
                        o.get("type").asText(),
                        v,
                        null,
                        TlpMarkings.levelOf(o).rank(),
                        List.of(),
                        o.path("revoked").asBoolean(false),
                        (ObjectNode) o,
                        collection,
                        grant.organizationId()));
            }
            successes.add(new SubmissionStatus.Detail(id, version, null));
        }
        Set<String> storedIds = new HashSet<>();
        owners.forEach((id, owner) -> {
            if (!owner.versions().isEmpty()) {
                storedIds.add(id);
            }
        });
        store.append(rows, storedIds, now);
        store.settleVersionOrder(
                rows.stream().map(StixObjectRepository.Row::stixId).collect(Collectors.toSet()));
        SubmissionStatus status = new SubmissionStatus(
                UUID.randomUUID().toString(),
                "complete",
                Timestamps.micros(now),
                successes.size() + failures.size(),
                successes.size(),
                failures.size(),
                0,
                successes,
                failures);
        save(grant, collection, status, now);
        reader.recordSubmission(grant, collection, "add-objects", successes.size());
        return status;
    }

    /** A status of this organization's own request; others' look like missing ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SubmissionStatus status(ApiKeyGrant grant, String statusId) {
        UUID id;
        try {
            id = UUID.fromString(statusId);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("Status", statusId);
        }
        TaxiiStatusRepository.Stored r =
                statuses.find(id, grant.organizationId()).orElseThrow(() -> new NotFoundException("Status", statusId));
        return new SubmissionStatus(
                statusId,
                "complete",
                Timestamps.micros(r.requestTimestamp()),
                r.total(),
                r.succeeded(),
                r.failed(),
                0,
                details(r.successes()),
                details(r.failures()));
    }

    /** Deletes this organization's versions of an object (TAXII 2.1 §5.7); none found is a 404. */
    public void delete(ApiKeyGrant grant, CollectionAccess access, String stixId, List<Instant> versions) {
        if (store.deleteSubmitted(stixId, access.collection().id(), grant.organizationId(), versions) == 0) {
            throw new NotFoundException("Object", stixId);
        }
    }

    /** The stored versions of one id, each as {@code key|collection|organization}. */
    private record Owner(Set<String> versions) {}

    /** Every stored version of each submitted id, with the collection and organization it belongs to. */
    private Map<String, Owner> owners(JsonNode objects) {
        Set<String> ids = new HashSet<>();
        objects.forEach(o -> {
            if (o.path("id").isTextual()) {
                ids.add(o.get("id").asText());
            }
        });
        Map<String, Owner> out = new HashMap<>();
        store.holders(ids).forEach((id, versions) -> out.put(id, new Owner(versions)));
        return out;
    }

    /**
     * The TAXII version of an object (TAXII 2.1 §3.2): its {@code modified}, else its {@code created}; objects with
     * neither (cyber-observables) are versioned by when they arrive.
     */
    private static String versionOf(JsonNode o, Instant now) {
        if (o.hasNonNull("modified")) {
            return o.get("modified").asText();
        }
        return o.hasNonNull("created") ? o.get("created").asText() : Timestamps.micros(now);
    }

    private static String problem(
            JsonNode o, String id, String version, Owner owner, ApiKeyGrant grant, UUID collection) {
        String invalid = StixSubmissionRules.problem(o);
        if (invalid != null) {
            return "not valid STIX 2.1: " + invalid;
        }
        String mine = "|" + collection + "|" + grant.organizationId();
        for (String held : owner.versions()) {
            if (!held.endsWith(mine)) {
                return "this id belongs to another creator; only the creator of an object may version it";
            }
        }
        return null;
    }

    private static JsonNode envelopeObjects(String body) {
        JsonNode envelope;
        try {
            envelope = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new ValidationFailedException("The envelope is not valid JSON", List.of(JsonErrors.violation(e)));
        }
        if (envelope == null || !envelope.isObject()) {
            throw ValidationFailedException.of("body", "the body must be a TAXII envelope (a JSON object)");
        }
        StorableText.require("", envelope);
        JsonNode objects = envelope.path("objects");
        if (!objects.isMissingNode() && !objects.isArray()) {
            throw ValidationFailedException.of("objects", "must be a list of STIX objects");
        }
        return objects.isMissingNode() ? JSON.createArrayNode() : objects;
    }

    private void save(ApiKeyGrant grant, UUID collection, SubmissionStatus status, Instant now) {
        statuses.save(
                UUID.fromString(status.id()),
                grant.keyId(),
                grant.organizationId(),
                collection,
                now,
                new TaxiiStatusRepository.Stored(
                        now,
                        status.totalCount(),
                        status.successCount(),
                        status.failureCount(),
                        json(status.successes()),
                        json(status.failures())));
    }

    private static String json(List<SubmissionStatus.Detail> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SubmissionStatus.Detail> details(String json) {
        try {
            return List.of(JSON.readValue(json, SubmissionStatus.Detail[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
