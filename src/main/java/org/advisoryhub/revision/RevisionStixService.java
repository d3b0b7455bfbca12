package org.advisoryhub.revision;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.advisoryhub.actor.ActorService;
import org.advisoryhub.actor.dto.ActorResponse;
import org.advisoryhub.advisory.Advisory;
import org.advisoryhub.advisory.AdvisoryAccess;
import org.advisoryhub.advisory.ThreatActor;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.organization.OrganizationService;
import org.advisoryhub.organization.dto.OrganizationResponse;
import org.advisoryhub.stix.AdvisorySnapshot;
import org.advisoryhub.stix.StixHistory;
import org.advisoryhub.stix.StixIds;

/** STIX 2.1 for published revisions: the versioned history of an advisory, and a bundle per revision. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RevisionStixService {

    private final RevisionRepository revisions;
    private final RevisionService readable;
    private final AdvisoryAccess access;
    private final OrganizationService organizations;
    private final ActorService catalog;

    public RevisionStixService(
            RevisionRepository revisions,
            RevisionService readable,
            AdvisoryAccess access,
            OrganizationService organizations,
            ActorService catalog) {
        this.catalog = catalog;
        this.revisions = revisions;
        this.readable = readable;
        this.access = access;
        this.organizations = organizations;
    }

    /** The STIX bundle (STIX 2.1 §8) of revision {@code number}: its objects and everything revoked so far. */
    public ObjectNode bundle(String publicId, int number, Actor actor) {
        Advisory advisory = access.requireReadable(publicId, actor);
        readable.readableRevision(advisory, number, actor);
        List<StixHistory.Step> steps = history(advisory);
        StixHistory.Step step = steps.stream()
                .filter(s -> s.revision() == number)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Revision", publicId + " v" + number));
        ObjectNode bundle = JsonNodeFactory.instance.objectNode();
        bundle.put("type", "bundle");
        bundle.put("id", StixIds.of("bundle", publicId + "|" + number));
        bundle.putArray("objects").addAll(step.bundleObjects());
        return bundle;
    }

    /** Replays every published revision (and a withdrawal) of the advisory into versioned STIX objects. */
    public List<StixHistory.Step> history(Advisory advisory) {
        List<AdvisoryRevision> all = revisions.listFor(advisory.id());
        Set<String> orgIds = new LinkedHashSet<>();
        orgIds.add(advisory.ownerOrgId());
        all.forEach(r -> orgIds.addAll(r.content().coauthors()));
        Map<String, AdvisorySnapshot.Org> orgs = organizations.find(orgIds).values().stream()
                .collect(Collectors.toMap(OrganizationResponse::id, RevisionStixService::org));
        Set<UUID> actorIds = new LinkedHashSet<>();
        all.forEach(r -> r.content().threatActors().stream()
                .map(ThreatActor::id)
                .filter(Objects::nonNull)
                .forEach(actorIds::add));
        Map<UUID, ActorResponse> actors = catalog.current(actorIds);
        List<AdvisorySnapshot> snapshots = new ArrayList<>();
        for (AdvisoryRevision r : all) {
            snapshots.add(new AdvisorySnapshot(
                    advisory.publicId(),
                    r.number(),
                    r.publishedAt(),
                    advisory.ownerOrgId(),
                    r.content(),
                    orgs,
                    actors,
                    revisions.indicators(r.id()).stream()
                            .map(RevisionMapper::toResponse)
                            .toList()));
        }
        return StixHistory.replay(snapshots, advisory.withdrawnAt());
    }

    private static AdvisorySnapshot.Org org(OrganizationResponse o) {
        return new AdvisorySnapshot.Org(o.id(), o.name(), o.country(), o.kind(), o.createdAt(), o.updatedAt());
    }
}
