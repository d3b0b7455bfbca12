package org.advisoryhub.revision;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.advisoryhub.actor.ActorService;
import org.advisoryhub.actor.dto.ActorResponse;
import org.advisoryhub.advisory.Advisory;
import org.advisoryhub.advisory.AdvisoryAccess;
import org.advisoryhub.advisory.ThreatActor;
import org.advisoryhub.advisory.Visibility;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.organization.OrganizationService;
import org.advisoryhub.organization.dto.OrganizationResponse;
import org.advisoryhub.stix.AdvisorySnapshot;
import org.advisoryhub.stix.StixAmendment;
import org.advisoryhub.stix.StixHistory;
import org.advisoryhub.stix.StixIds;
import org.advisoryhub.stix.TlpMarkings;

/** STIX 2.1 for published revisions: the versioned history of an advisory, and a bundle per revision. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RevisionStixService {

    private final RevisionRepository revisions;
    private final RevisionService readable;
    private final AdvisoryAccess access;
    private final OrganizationService organizations;
    private final ActorService catalog;
    private final RevisionIndicatorRepository rows;
    private final TransactionSynchronizationRegistry transactions;

    public RevisionStixService(
            RevisionRepository revisions,
            RevisionService readable,
            AdvisoryAccess access,
            OrganizationService organizations,
            ActorService catalog,
            RevisionIndicatorRepository rows,
            TransactionSynchronizationRegistry transactions) {
        this.catalog = catalog;
        this.rows = rows;
        this.transactions = transactions;
        this.revisions = revisions;
        this.readable = readable;
        this.access = access;
        this.organizations = organizations;
    }

    /** The STIX bundle (STIX 2.1 §8) of revision {@code number}: its objects and everything revoked so far. */
    public ObjectNode bundle(String publicId, int number, Actor actor) {
        Advisory advisory = access.requireReadable(publicId, actor);
        readable.readableRevision(advisory, number, actor);
        // Revision n's bundle depends on the revisions up to n only: later ones and a withdrawal are not replayed.
        StixHistory.Step step = replay(advisory, number, null).stream()
                .filter(s -> s.revision() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Revision", publicId + " v" + number));
        return bundle(publicId, step, "", o -> true);
    }

    /**
     * The bundle of a public advisory as anyone may read it: its whole published history (with the revocations of a
     * withdrawal, so a tool that imported it earlier learns it no longer applies), but only the objects marked
     * TLP:CLEAR or not marked, so nothing an earlier, more restricted revision published (its revoked versions, its
     * own observable copies) comes along.
     */
    public ObjectNode publicBundle(String publicId) {
        Advisory advisory = access.requirePublic(publicId);
        List<StixHistory.Step> steps = history(advisory);
        // Its own bundle id: the same id never names two different sets of objects.
        String scope = "|public" + (advisory.withdrawnAt() == null ? "" : "|withdrawn");
        return bundle(
                publicId, steps.get(steps.size() - 1), scope, o -> Visibility.publicMayRead(TlpMarkings.levelOf(o)));
    }

    private static ObjectNode bundle(
            String publicId, StixHistory.Step step, String scope, Predicate<ObjectNode> shown) {
        ObjectNode bundle = JsonNodeFactory.instance.objectNode();
        bundle.put("type", "bundle");
        bundle.put("id", StixIds.of("bundle", publicId + "|" + step.revision() + scope));
        bundle.putArray("objects")
                .addAll(step.bundleObjects().stream().filter(shown).toList());
        return bundle;
    }

    /** Replays every published revision (and a withdrawal) of the advisory into versioned STIX objects. */
    public List<StixHistory.Step> history(Advisory advisory) {
        return replay(advisory, Integer.MAX_VALUE, advisory.withdrawnAt());
    }

    private List<StixHistory.Step> replay(Advisory advisory, int upTo, Instant withdrawnAt) {
        List<AdvisoryRevision> all = revisions.listFor(advisory.id()).stream()
                .filter(r -> r.number() <= upTo)
                .toList();
        Context context = context(advisory, all);
        List<AdvisorySnapshot> snapshots = new ArrayList<>();
        for (AdvisoryRevision r : all) {
            snapshots.add(snapshot(advisory, r, context, rows.all(r.id())));
        }
        return StixHistory.replay(snapshots, withdrawnAt);
    }

    /**
     * The versions that publishing the advisory's latest revision makes, worked out from what that revision changed
     * (see {@link StixAmendment}): the indicators it added, edited or removed, and any sharing a value with those.
     * When what every indicator's objects take from the advisory changed (its title, level or actors), that is all.
     */
    public List<ObjectNode> publicationVersions(Advisory advisory, StixAmendment.Stored stored) {
        int number = advisory.publishedRevision();
        AdvisoryRevision now = revisions.findByNumber(advisory.id(), number).orElseThrow();
        if (number == 1) {
            StixAmendment.Mapped mapped = takeMapped(advisory);
            if (mapped != null) {
                return StixAmendment.newVersions(mapped, stored);
            }
            Context context = context(advisory, List.of(now));
            return StixAmendment.newVersions(null, snapshot(advisory, now, context, rows.all(now.id())), stored);
        }
        AdvisoryRevision before =
                revisions.findByNumber(advisory.id(), number - 1).orElseThrow();
        Context context = context(advisory, List.of(before, now));
        List<IndicatorResponse> beforeRows;
        List<IndicatorResponse> nowRows;
        if (StixAmendment.sameIndicatorContext(
                snapshot(advisory, before, context, List.of()), snapshot(advisory, now, context, List.of()))) {
            Set<UUID> keys = revisions.touchedKeys(advisory.id(), number);
            beforeRows = new ArrayList<>(rows.some(before.id(), keys));
            nowRows = new ArrayList<>(rows.some(now.id(), keys));
            Set<String> values = new HashSet<>();
            beforeRows.forEach(i -> values.add(i.normalized()));
            nowRows.forEach(i -> values.add(i.normalized()));
            Set<UUID> companions = new HashSet<>(revisions.keysWithValues(now.id(), values));
            // Personas link to their accounts' observables: re-map them together whenever any is published.
            java.util.function.Function<String, UUID> keyOf =
                    dedupeKey -> org.advisoryhub.indicator.IndicatorKeys.of(advisory.publicId(), dedupeKey);
            companions.addAll(revisions.personaKeys(advisory.id(), number - 1, number, keyOf));
            companions.removeAll(keys);
            beforeRows.addAll(rows.some(before.id(), companions));
            nowRows.addAll(rows.some(now.id(), companions));
            beforeRows.sort(BY_KEY);
            nowRows.sort(BY_KEY);
        } else {
            beforeRows = rows.all(before.id());
            nowRows = rows.all(now.id());
        }
        return StixAmendment.newVersions(
                snapshot(advisory, before, context, beforeRows), snapshot(advisory, now, context, nowRows), stored);
    }

    /**
     * Starts mapping a first publication on the common pool while the caller freezes its revision: PostgreSQL writing
     * 100,000 indicator rows and the hub mapping them into 300,000 STIX objects then take the two cores side by side.
     * {@code indicators} are the revision's, read before the freeze wrote them; {@link #publicationVersions} takes the
     * mapping in the same transaction, or maps the frozen rows itself if it was {@linkplain #dropMapped dropped}.
     */
    void mapFirstPublicationAhead(Advisory advisory, AdvisoryRevision revision, List<IndicatorResponse> indicators) {
        AdvisorySnapshot snapshot = snapshot(advisory, revision, context(advisory, List.of(revision)), indicators);
        transactions.putResource(mappedKey(advisory), CompletableFuture.supplyAsync(() -> StixAmendment.map(snapshot)));
    }

    /** Forgets a mapping started ahead: what the freeze wrote is not what it mapped. */
    void dropMapped(Advisory advisory) {
        transactions.putResource(mappedKey(advisory), null);
    }

    @SuppressWarnings("unchecked")
    private StixAmendment.Mapped takeMapped(Advisory advisory) {
        Object key = mappedKey(advisory);
        CompletableFuture<StixAmendment.Mapped> mapped =
                (CompletableFuture<StixAmendment.Mapped>) transactions.getResource(key);
        if (mapped == null) {
            return null;
        }
        transactions.putResource(key, null);
        try {
            return mapped.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private static Object mappedKey(Advisory advisory) {
        return List.of("first-publication-mapped", advisory.id());
    }

    private static final Comparator<IndicatorResponse> BY_KEY = Comparator.comparing(IndicatorResponse::key);

    /** The organizations and catalog actors some of these revisions name, as they are now. */
    private record Context(Map<String, AdvisorySnapshot.Org> orgs, Map<UUID, ActorResponse> actors) {}

    private Context context(Advisory advisory, List<AdvisoryRevision> named) {
        Set<String> orgIds = new LinkedHashSet<>();
        orgIds.add(advisory.ownerOrgId());
        named.forEach(r -> orgIds.addAll(r.content().coauthors()));
        Map<String, AdvisorySnapshot.Org> orgs = organizations.find(orgIds).values().stream()
                .collect(Collectors.toMap(OrganizationResponse::id, RevisionStixService::org));
        Set<UUID> actorIds = new LinkedHashSet<>();
        named.forEach(r -> r.content().threatActors().stream()
                .map(ThreatActor::id)
                .filter(Objects::nonNull)
                .forEach(actorIds::add));
        return new Context(orgs, catalog.current(actorIds));
    }

    private static AdvisorySnapshot snapshot(
            Advisory advisory, AdvisoryRevision r, Context context, List<IndicatorResponse> indicators) {
        return new AdvisorySnapshot(
                advisory.publicId(),
                r.number(),
                r.publishedAt(),
                advisory.ownerOrgId(),
                r.content(),
                context.orgs(),
                context.actors(),
                indicators);
    }

    private static AdvisorySnapshot.Org org(OrganizationResponse o) {
        return new AdvisorySnapshot.Org(o.id(), o.name(), o.country(), o.kind(), o.createdAt(), o.updatedAt());
    }
}
