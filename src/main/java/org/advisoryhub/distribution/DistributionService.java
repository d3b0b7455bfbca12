package org.advisoryhub.distribution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.advisoryhub.actor.ActorChanged;
import org.advisoryhub.advisory.Advisory;
import org.advisoryhub.advisory.AdvisoryPublished;
import org.advisoryhub.revision.RevisionStixService;
import org.advisoryhub.stix.StixActors;
import org.advisoryhub.stix.StixHistory;
import org.advisoryhub.stix.TlpMarkings;

/**
 * Puts every new STIX object version of a published or withdrawn advisory into the distribution table, in
 * the publishing transaction: the objects appear in collections the moment the advisory is published.
 */
@ApplicationScoped
public class DistributionService {

    private final RevisionStixService stix;
    private final StixObjectRepository store;
    private final Clock clock;

    public DistributionService(RevisionStixService stix, StixObjectRepository store, Clock clock) {
        this.stix = stix;
        this.store = store;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void onPublished(@Observes AdvisoryPublished event) {
        distribute(event.advisory());
    }

    /**
     * An edited catalog actor is a new version of its intrusion-set (and attribution) in every collection at once,
     * if an advisory has published it; an actor no advisory names yet stays out of the feeds.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onActorChanged(@Observes ActorChanged event) {
        List<ObjectNode> objects = StixActors.objects(event.actor());
        Set<String> existing = store.existingVersions(
                objects.stream().map(o -> o.get("id").asText()).toList());
        Set<String> storedIds =
                existing.stream().map(k -> k.substring(0, k.indexOf('|'))).collect(Collectors.toSet());
        if (!storedIds.contains(event.actor().stixId())) {
            return;
        }
        List<StixObjectRepository.Row> rows = objects.stream()
                .filter(o ->
                        !existing.contains(StixObjectRepository.key(o.get("id").asText(), version(o))))
                .map(o -> StixObjectRepository.Row.hub(
                        o.get("id").asText(),
                        o.get("type").asText(),
                        version(o),
                        null,
                        TlpMarkings.levelOf(o).rank(),
                        List.of(),
                        false,
                        o))
                .toList();
        store.append(rows, storedIds, clock.instant());
    }

    /** Stores the versions of this advisory's STIX history that are not stored yet; idempotent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int distribute(Advisory advisory) {
        Instant now = clock.instant();
        Map<String, ObjectNode> candidates = new LinkedHashMap<>();
        for (StixHistory.Step step : stix.history(advisory)) {
            for (ObjectNode o : step.newVersions()) {
                candidates.putIfAbsent(
                        isObservable(o)
                                ? o.get("id").asText()
                                : StixObjectRepository.key(o.get("id").asText(), version(o)),
                        o);
            }
        }
        Set<String> existing = store.existingVersions(
                candidates.values().stream().map(o -> o.get("id").asText()).toList());
        Set<String> storedIds =
                existing.stream().map(k -> k.substring(0, k.indexOf('|'))).collect(Collectors.toSet());
        List<String> recipients = advisory.content().recipients();
        List<StixObjectRepository.Row> rows = new ArrayList<>();
        candidates.forEach((key, o) -> {
            boolean stored = isObservable(o) ? storedIds.contains(key) : existing.contains(key);
            if (!stored) {
                boolean owned = o.has("object_marking_refs") || isObservable(o);
                rows.add(StixObjectRepository.Row.hub(
                        o.get("id").asText(),
                        o.get("type").asText(),
                        isObservable(o) ? now : version(o),
                        owned ? advisory.id() : null,
                        TlpMarkings.levelOf(o).rank(),
                        owned ? recipients : List.of(),
                        o.path("revoked").asBoolean(false),
                        o));
            }
        });
        store.append(rows, storedIds, now);
        return rows.size();
    }

    /**
     * Observables (SCOs) have neither {@code created} nor {@code modified}: each is stored once, its TAXII version is
     * the time it was first added, and the advisory that first published it gives its audience (a CLEAR one is the
     * same in every advisory; any other is the advisory's own copy).
     */
    private static boolean isObservable(ObjectNode o) {
        return !o.has("created");
    }

    /** The TAXII version of an object: {@code modified}, or {@code created} for unversioned objects. */
    static Instant version(ObjectNode o) {
        return Instant.parse(
                o.has("modified")
                        ? o.get("modified").asText()
                        : o.get("created").asText());
    }
}
