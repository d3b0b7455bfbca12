package org.advisoryhub.advisory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.advisoryhub.actor.ActorPick;
import org.advisoryhub.actor.ActorService;
import org.advisoryhub.advisory.dto.AdvisoryResponse;
import org.advisoryhub.advisory.dto.AdvisorySearch;
import org.advisoryhub.advisory.dto.AdvisorySummary;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Keyset;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.security.Roles;
import org.advisoryhub.organization.OrganizationService;

/** Creating, editing, finding and moving advisories through their lifecycle. */
@ApplicationScoped
@Transactional
public class AdvisoryService {

    private static final int MAX_WITHDRAWAL_REASON = 2000;

    private final AdvisoryRepository advisories;
    private final AdvisoryAccess access;
    private final OrganizationService organizations;
    private final PublicationPorts.RevisionLedger revisions;
    private final PublicationPorts.IndicatorCounts indicators;
    private final HubConfig config;
    private final Clock clock;
    private final Event<AdvisoryPublished> published;
    private final AuditService audit;
    private final PublicationPorts.SignoffGate signoff;
    private final ActorService catalog;
    private final PublicationPorts.IndicatorMatcher matcher;

    public AdvisoryService(
            AdvisoryRepository advisories,
            AdvisoryAccess access,
            OrganizationService organizations,
            PublicationPorts.RevisionLedger revisions,
            PublicationPorts.IndicatorCounts indicators,
            HubConfig config,
            Clock clock,
            Event<AdvisoryPublished> published,
            AuditService audit,
            PublicationPorts.SignoffGate signoff,
            ActorService catalog,
            PublicationPorts.IndicatorMatcher matcher) {
        this.catalog = catalog;
        this.matcher = matcher;
        this.advisories = advisories;
        this.access = access;
        this.organizations = organizations;
        this.revisions = revisions;
        this.indicators = indicators;
        this.config = config;
        this.clock = clock;
        this.published = published;
        this.audit = audit;
        this.signoff = signoff;
    }

    /** Drafts a new advisory; the author's organization is always a co-author. */
    public AdvisoryResponse create(@NotNull @Valid AdvisoryContent content, Actor actor) {
        organizations.requireAuthors(List.of(actor.organizationId()), "organization");
        AdvisoryContent withAuthor =
                withCatalogActors(content).withCoauthors(coauthorsWith(content.coauthors(), actor.organizationId()));
        organizations.requireAuthors(withAuthor.coauthors(), "coauthors");
        organizations.requireExisting(withAuthor.recipients(), "recipients");
        Instant now = clock.instant();
        Advisory advisory = new Advisory(allocatePublicId(now), withAuthor, actor, now, null);
        advisories.persist(advisory);
        advisories.flush();
        record(
                actor,
                "advisory.created",
                advisory,
                Map.of("tlp", withAuthor.tlp().label()));
        return view(advisory, actor);
    }

    /** Replaces the editable content; {@code expectedVersion} must be the current version. */
    public AdvisoryResponse update(
            String publicId, @NotNull @Valid AdvisoryContent content, long expectedVersion, Actor actor) {
        Advisory advisory = access.requireCoauthor(publicId, actor, Roles.DRAFTER);
        advisory.checkVersion(expectedVersion);
        if (!content.coauthors().contains(advisory.ownerOrgId())) {
            throw ValidationFailedException.of(
                    "coauthors", "must keep the owning organization " + advisory.ownerOrgId());
        }
        organizations.requireAuthors(content.coauthors(), "coauthors");
        organizations.requireExisting(content.recipients(), "recipients");
        advisory.edit(withCatalogActors(content), actor, clock.instant());
        advisories.flush();
        record(actor, "advisory.edited", advisory, Map.of("version", advisory.version()));
        return view(advisory, actor);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AdvisoryResponse get(String publicId, Actor actor) {
        return view(access.requireReadable(publicId, actor), actor);
    }

    /** Searches what the actor may see by the filters a reader typed, newest first; a bad filter is a 400. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AdvisorySummary> search(AdvisorySearch search, String cursor, Integer limit, Actor actor) {
        return search(AdvisoryQuery.parse(search, matcher), cursor, limit, actor);
    }

    /** Searches what the actor may see, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AdvisorySummary> search(AdvisoryQuery query, String cursor, Integer limit, Actor actor) {
        int size =
                Cursor.limit(limit, config.api().defaultPageSize(), config.api().maxPageSize());
        String org = actor.isAdmin() ? null : actor.organizationId();
        Cursor after = Cursor.decode(cursor);
        return Keyset.page(
                size,
                n -> advisories.search(query, org, after, n),
                a -> Cursor.at(a.createdAt(), a.id()),
                a -> summary(a, actor));
    }

    public AdvisoryResponse submit(String publicId, Long expectedVersion, Actor actor) {
        return transition(publicId, AdvisoryAction.SUBMIT, expectedVersion, actor, Roles.DRAFTER);
    }

    /** Sends the advisory back to its drafters; a comment says what to change. */
    public AdvisoryResponse returnToDraft(String publicId, String comment, Long expectedVersion, Actor actor) {
        if (comment != null && !comment.isBlank()) {
            Advisory advisory = access.requireCoauthor(publicId, actor, Roles.REVIEWER, Roles.PUBLISHER);
            advisory.checkVersion(expectedVersion);
            signoff.requestChanges(advisory, comment.strip(), actor);
        }
        return transition(
                publicId, AdvisoryAction.RETURN_TO_DRAFT, expectedVersion, actor, Roles.REVIEWER, Roles.PUBLISHER);
    }

    /**
     * Publishes the working copy as the next numbered revision, in one transaction with its snapshot, once every
     * co-authoring organization signed off this exact version.
     */
    public AdvisoryResponse publish(String publicId, String changeNote, Long expectedVersion, Actor actor) {
        Advisory advisory = access.requireCoauthor(publicId, actor, Roles.PUBLISHER);
        advisory.checkVersion(expectedVersion);
        AdvisoryStateMachine.next(advisory.status(), AdvisoryAction.PUBLISH);
        signoff.requireReadyToPublish(advisory);
        publish(advisory, changeNote, actor, clock.instant());
        advisories.flush();
        return view(advisory, actor);
    }

    /** Used by the importer too: publishes with a given timestamp (the file's publication date). */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicationPorts.Frozen publish(Advisory advisory, String changeNote, Actor actor, Instant at) {
        advisory.content().requirePublishable(at);
        advisory.transition(AdvisoryAction.PUBLISH, actor, at);
        PublicationPorts.Frozen revision = revisions.freeze(advisory, changeNote, actor, at);
        published.fire(new AdvisoryPublished(advisory));
        record(
                actor,
                "advisory.published",
                advisory,
                Map.of(
                        "revision",
                        revision.number(),
                        "indicators",
                        revision.indicatorCount(),
                        "changeNote",
                        changeNote));
        return revision;
    }

    public AdvisoryResponse amend(String publicId, Long expectedVersion, Actor actor) {
        return transition(publicId, AdvisoryAction.AMEND, expectedVersion, actor, Roles.DRAFTER, Roles.PUBLISHER);
    }

    /** Withdraws the advisory for every reader, with a reason partners read (required, at most 2,000 characters). */
    public AdvisoryResponse withdraw(String publicId, String reason, Long expectedVersion, Actor actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw ValidationFailedException.of("reason", "must say why the advisory is withdrawn; partners read it");
        }
        if (why.length() > MAX_WITHDRAWAL_REASON) {
            throw ValidationFailedException.of("reason", "must be at most " + MAX_WITHDRAWAL_REASON + " characters");
        }
        Advisory advisory = access.requireCoauthor(publicId, actor, Roles.PUBLISHER);
        advisory.checkVersion(expectedVersion);
        advisory.withdraw(why, actor, clock.instant());
        advisories.flush();
        published.fire(new AdvisoryPublished(advisory));
        record(actor, "advisory.withdrawn", advisory, Map.of("reason", why));
        return view(advisory, actor);
    }

    /** Deletes a draft that was never published (published advisories are withdrawn, never deleted). */
    public void delete(String publicId, Long expectedVersion, Actor actor) {
        Advisory advisory = access.requireCoauthor(publicId, actor, Roles.DRAFTER);
        advisory.checkVersion(expectedVersion);
        advisory.transition(AdvisoryAction.DELETE, actor, clock.instant());
        record(actor, "advisory.deleted", advisory, Map.of());
        advisories.delete(advisory);
    }

    /** The content with each named actor picked from the shared catalog (a 400 for one the catalog lacks). */
    private AdvisoryContent withCatalogActors(AdvisoryContent content) {
        List<ActorPick> picks = content.threatActors().stream()
                .map(t -> new ActorPick(t.id(), t.mitreId(), t.name()))
                .toList();
        return content.withThreatActors(catalog.resolve(picks, "threatActors").stream()
                .map(a -> new ThreatActor(a.name(), a.aliases(), a.mitreId(), a.attributedTo(), a.id()))
                .toList());
    }

    /** Creates an advisory that a file in the advisories folder describes (importer only). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Advisory importNew(String publicId, AdvisoryContent content, Actor actor, String sourceFile, Instant at) {
        organizations.requireAuthors(content.coauthors(), "coauthors");
        organizations.requireExisting(content.recipients(), "recipients");
        Advisory advisory = new Advisory(publicId, withCatalogActors(content), actor, at, sourceFile);
        advisories.persist(advisory);
        reservePublicId(publicId);
        record(actor, "advisory.imported", advisory, Map.of("file", sourceFile));
        return advisory;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Advisory> findForImport(String publicId) {
        return advisories.findByPublicId(publicId);
    }

    /**
     * Publishes the next revision of a file-managed advisory with the given content and indicator set,
     * going through the same lifecycle an official would (amend, submit, publish); {@code replaceIndicators} is the
     * importer's step that puts the file's indicator set in place, run between amend and submit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicationPorts.Frozen importRevision(
            Advisory advisory,
            AdvisoryContent content,
            Runnable replaceIndicators,
            String changeNote,
            Actor actor,
            Instant at) {
        organizations.requireAuthors(content.coauthors(), "coauthors");
        organizations.requireExisting(content.recipients(), "recipients");
        if (advisory.status() == AdvisoryStatus.PUBLISHED) {
            advisory.transition(AdvisoryAction.AMEND, actor, at);
        }
        advisory.replaceFromFile(withCatalogActors(content), actor, at);
        replaceIndicators.run();
        advisory.transition(AdvisoryAction.SUBMIT, actor, at);
        return publish(advisory, changeNote, actor, at);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void importWithdrawal(Advisory advisory, String reason, Actor actor, Instant at) {
        advisory.withdraw(reason, actor, at);
        advisories.flush();
        published.fire(new AdvisoryPublished(advisory));
        record(actor, "advisory.withdrawn", advisory, Map.of("reason", reason));
    }

    private void reservePublicId(String publicId) {
        String prefix = config.advisories().idPrefix() + "-";
        if (publicId.startsWith(prefix) && publicId.matches(".*-\\d{4}-\\d+")) {
            String[] parts = publicId.substring(prefix.length()).split("-");
            advisories.reserveNumber(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        }
    }

    private AdvisoryResponse transition(
            String publicId, AdvisoryAction action, Long expectedVersion, Actor actor, String... roles) {
        Advisory advisory = access.requireCoauthor(publicId, actor, roles);
        advisory.checkVersion(expectedVersion);
        advisory.transition(action, actor, clock.instant());
        advisories.flush();
        record(
                actor,
                "advisory." + action.name().toLowerCase(java.util.Locale.ROOT),
                advisory,
                Map.of("status", advisory.status().name()));
        return view(advisory, actor);
    }

    private AdvisoryResponse view(Advisory advisory, Actor actor) {
        if (access.seesWorkingCopy(advisory, actor)) {
            return AdvisoryMapper.toResponse(
                    advisory, advisory.content(), "working", advisory.status(), indicators.countFor(advisory.id()));
        }
        PublicationPorts.Frozen latest = revisions.latest(advisory).orElseThrow();
        return AdvisoryMapper.toResponse(
                advisory, latest.content(), "published", publicStatus(advisory), latest.indicatorCount());
    }

    /** Other organizations never see an amendment in progress, in lists either. */
    private AdvisorySummary summary(Advisory advisory, Actor actor) {
        boolean amending = advisory.status() == AdvisoryStatus.DRAFT || advisory.status() == AdvisoryStatus.IN_REVIEW;
        if (access.seesWorkingCopy(advisory, actor) || !amending) {
            return AdvisoryMapper.toSummary(advisory, advisory.content(), advisory.status());
        }
        AdvisoryContent published = revisions.latest(advisory).orElseThrow().content();
        return AdvisoryMapper.toSummary(advisory, published, publicStatus(advisory));
    }

    private static AdvisoryStatus publicStatus(Advisory advisory) {
        return advisory.status() == AdvisoryStatus.WITHDRAWN ? AdvisoryStatus.WITHDRAWN : AdvisoryStatus.PUBLISHED;
    }

    private String allocatePublicId(Instant now) {
        int year = now.atZone(ZoneOffset.UTC).getYear();
        String id;
        do {
            id = String.format("%s-%d-%04d", config.advisories().idPrefix(), year, advisories.nextNumber(year));
        } while (advisories.publicIdTaken(id));
        return id;
    }

    private void record(Actor actor, String action, Advisory advisory, Map<String, Object> details) {
        audit.official(actor, action, "advisory", advisory.publicId(), advisory.publicId(), details);
    }

    private static List<String> coauthorsWith(List<String> coauthors, String organizationId) {
        Set<String> all = new LinkedHashSet<>(coauthors);
        all.add(organizationId);
        return new ArrayList<>(all);
    }
}
