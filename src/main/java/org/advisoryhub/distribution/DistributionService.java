package org.advisoryhub.distribution;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.advisoryhub.stix.StixAmendment;
import org.advisoryhub.stix.StixObservables;
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

    /**
     * Stores the new versions of this advisory's STIX objects that are not stored yet; idempotent. A publication
     * looks at what its revision changed; a withdrawal, which revokes everything, replays the history.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int distribute(Advisory advisory) {
        Instant now = clock.instant();
        // The objects an advisory owns are named in its own namespace (its public id, its indicators' keys; observables
        // above CLEAR are its own copies) and stored with its id: while it has stored nothing, none of them can have a
        // stored version, and a first publication of 100,000 indicators looks up only what it shares with others.
        boolean storedBefore = store.holdsAdvisory(advisory.id());
        List<ObjectNode> versions = newVersions(advisory, storedBefore ? store::latest : ids -> Map.of());
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        // A publication stamps most of its versions with one time: parse each distinct one once.
        Map<String, Instant> times = new HashMap<>();
        for (ObjectNode o : versions) {
            Candidate c = Candidate.of(o, now, times);
            candidates.putIfAbsent(c.observable() ? c.id() : StixObjectRepository.key(c.id(), c.version()), c);
        }
        Set<String> existing = store.existingVersions(candidates.values().stream()
                .filter(c -> storedBefore || !c.ownNamed())
                .map(Candidate::id)
                .toList());
        Set<String> storedIds =
                existing.stream().map(k -> k.substring(0, k.indexOf('|'))).collect(Collectors.toSet());
        List<String> recipients = advisory.content().recipients();
        List<StixObjectRepository.Row> rows = new ArrayList<>();
        candidates.forEach((key, c) -> {
            boolean stored = c.observable() ? storedIds.contains(key) : existing.contains(key);
            if (!stored) {
                ObjectNode o = c.object();
                boolean owned = c.marked() || c.observable();
                rows.add(StixObjectRepository.Row.hub(
                        c.id(),
                        o.get("type").asText(),
                        c.version(),
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
     * An object to store, with its id and TAXII version read once; {@code marked} objects (every object an advisory
     * owns carries its marking) are stored as the advisory's.
     */
    private record Candidate(ObjectNode object, String id, Instant version, boolean observable, boolean marked) {
        static Candidate of(ObjectNode o, Instant now, Map<String, Instant> times) {
            boolean observable = isObservable(o);
            return new Candidate(
                    o,
                    o.get("id").asText(),
                    observable ? now : times.computeIfAbsent(versionText(o), Instant::parse),
                    observable,
                    o.has("object_marking_refs"));
        }

        /** An object of the advisory's own: its id is in the advisory's namespace. */
        boolean ownNamed() {
            return marked && (!observable || StixObservables.advisoryCopy(object));
        }
    }

    private List<ObjectNode> newVersions(Advisory advisory, StixAmendment.Stored stored) {
        if (advisory.withdrawnAt() == null) {
            return stix.publicationVersions(advisory, stored);
        }
        List<ObjectNode> all = new ArrayList<>();
        stix.history(advisory).forEach(step -> all.addAll(step.newVersions()));
        return all;
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
        return Instant.parse(versionText(o));
    }

    private static String versionText(ObjectNode o) {
        return o.has("modified") ? o.get("modified").asText() : o.get("created").asText();
    }
}
