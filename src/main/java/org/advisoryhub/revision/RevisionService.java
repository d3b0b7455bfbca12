package org.advisoryhub.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.advisoryhub.advisory.Advisory;
import org.advisoryhub.advisory.AdvisoryAccess;
import org.advisoryhub.advisory.PublicationPorts;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Keyset;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.indicator.IndicatorKind;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.revision.dto.RevisionDiff;
import org.advisoryhub.revision.dto.RevisionResponse;

/** Published revisions: taking snapshots, reading them back, and comparing two of them. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RevisionService implements PublicationPorts.RevisionLedger {

    private final RevisionRepository revisions;
    private final AdvisoryAccess access;
    private final HubConfig config;
    private final PublicationPorts.IndicatorCounts indicators;
    private final PublicationPorts.IndicatorChanges changes;
    private final RevisionIndicatorRepository rows;
    private final RevisionStixService stix;

    public RevisionService(
            RevisionRepository revisions,
            AdvisoryAccess access,
            HubConfig config,
            PublicationPorts.IndicatorCounts indicators,
            PublicationPorts.IndicatorChanges changes,
            RevisionIndicatorRepository rows,
            RevisionStixService stix) {
        this.rows = rows;
        this.stix = stix;
        this.indicators = indicators;
        this.changes = changes;
        this.revisions = revisions;
        this.access = access;
        this.config = config;
    }

    /**
     * Freezes the advisory's current content and indicator set as revision {@code advisory.publishedRevision()}.
     * Runs inside the publishing transaction, so a failure leaves neither the revision nor the status change.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicationPorts.Frozen freeze(Advisory advisory, String changeNote, Actor actor, Instant at) {
        revisions.getEntityManager().flush();
        long count = indicators.countFor(advisory.id());
        Optional<AdvisoryRevision> previous = revisions.findByNumber(advisory.id(), advisory.publishedRevision() - 1);
        Instant reviewBy = reviewBy(advisory, previous, at);
        AdvisoryRevision revision = new AdvisoryRevision(
                advisory.id(),
                advisory.publishedRevision(),
                advisory.content(),
                changeNote,
                actor.username(),
                actor.organizationId(),
                at,
                reviewBy,
                (int) count);
        revisions.persist(revision);
        revisions.flush();
        boolean everything = previous.map(p -> !p.reviewBy().equals(reviewBy)).orElse(true);
        // A first publication maps its indicators into STIX while PostgreSQL writes their rows.
        List<IndicatorResponse> first = previous.isEmpty() ? rows.working(advisory.id(), reviewBy) : null;
        if (first != null) {
            stix.mapFirstPublicationAhead(advisory, revision, first);
        }
        int written = revisions.freezeIndicators(advisory.id(), revision.number(), reviewBy, everything);
        if (first != null && written != first.size()) {
            stix.dropMapped(advisory);
        }
        changes.forget(advisory.id());
        return frozen(revision);
    }

    /**
     * The date a revision published at {@code at} is vouched for until: the one the authors chose; else the previous
     * revision's while it is still ahead, so an amendment re-dates only what it changes; else the configured period
     * after publication. Choosing a later date re-confirms every indicator. It must come after every indicator that
     * would take it as its end starts.
     */
    private Instant reviewBy(Advisory advisory, Optional<AdvisoryRevision> previous, Instant at) {
        Instant chosen = advisory.content().reviewStart();
        Instant reviewBy = chosen != null
                ? chosen
                : previous.map(AdvisoryRevision::reviewBy)
                        .filter(date -> date.isAfter(at))
                        .orElse(at.plus(config.advisories().reviewPeriod()));
        revisions
                .latestOpenStart(advisory.id())
                .filter(start -> !start.isBefore(reviewBy))
                .ifPresent(start -> {
                    throw ValidationFailedException.of(
                            "reviewBy",
                            "must be after the start of every indicator without an end "
                                    + "of its own; the latest starts " + start);
                });
        return reviewBy;
    }

    @Override
    public Optional<PublicationPorts.Frozen> latest(Advisory advisory) {
        return latestRevision(advisory).map(RevisionService::frozen);
    }

    /** How many indicators revision {@code in} has that revision {@code notIn} has not (what an amendment added). */
    public int indicatorsOnlyIn(UUID advisoryId, int in, int notIn) {
        return revisions.indicatorsOnlyIn(advisoryId, in, notIn);
    }

    /** An indicator some revision of an advisory published. */
    public record PublishedIndicator(UUID key, IndicatorKind kind, String value) {}

    /** Every indicator any revision of the advisory published (removed ones too). */
    public List<PublishedIndicator> everPublished(UUID advisoryId) {
        return revisions.everPublished(advisoryId).stream()
                .map(t -> new PublishedIndicator(
                        t.get("key", UUID.class),
                        IndicatorKind.valueOf(t.get("kind", String.class)),
                        t.get("value", String.class)))
                .toList();
    }

    /** The newest published revision as the API shows it (for webhook events), if any. */
    public Optional<RevisionResponse> latestResponse(Advisory advisory) {
        return latestRevision(advisory).map(r -> RevisionMapper.toResponse(advisory.publicId(), r));
    }

    private Optional<AdvisoryRevision> latestRevision(Advisory advisory) {
        return advisory.publishedRevision() == 0
                ? Optional.empty()
                : revisions.findByNumber(advisory.id(), advisory.publishedRevision());
    }

    private static PublicationPorts.Frozen frozen(AdvisoryRevision r) {
        return new PublicationPorts.Frozen(r.number(), r.indicatorCount(), r.content());
    }

    public List<RevisionResponse> list(String publicId, Actor actor) {
        Advisory advisory = access.requireReadable(publicId, actor);
        return revisions.listFor(advisory.id()).stream()
                .filter(r -> readable(advisory, r, actor))
                .map(r -> RevisionMapper.toResponse(publicId, r))
                .toList();
    }

    public RevisionResponse get(String publicId, int number, Actor actor) {
        Advisory advisory = access.requireReadable(publicId, actor);
        return RevisionMapper.toResponse(publicId, readableRevision(advisory, number, actor));
    }

    /** Indicators of one revision, keyset-paged by their stable key. */
    public Page<IndicatorResponse> indicators(String publicId, int number, String cursor, int limit, Actor actor) {
        Advisory advisory = access.requireReadable(publicId, actor);
        AdvisoryRevision revision = readableRevision(advisory, number, actor);
        Cursor after = Cursor.decode(cursor);
        return Keyset.page(
                limit,
                n -> revisions.indicatorPage(revision.id(), after == null ? null : after.id(), n),
                i -> Cursor.after(i.key()),
                RevisionMapper::toResponse);
    }

    public RevisionDiff diff(String publicId, int from, int to, Actor actor) {
        Advisory advisory = access.requireReadable(publicId, actor);
        AdvisoryRevision a = readableRevision(advisory, from, actor);
        AdvisoryRevision b = readableRevision(advisory, to, actor);
        return RevisionDiffer.diff(publicId, a, indicatorsOf(a), b, indicatorsOf(b));
    }

    private List<IndicatorResponse> indicatorsOf(AdvisoryRevision revision) {
        return rows.all(revision.id());
    }

    /** A revision the actor may read (a revision of another level than the latest may be closed to them). */
    AdvisoryRevision readableRevision(Advisory advisory, int number, Actor actor) {
        return revisions
                .findByNumber(advisory.id(), number)
                .filter(r -> readable(advisory, r, actor))
                .orElseThrow(() -> new NotFoundException("Revision", advisory.publicId() + " v" + number));
    }

    private boolean readable(Advisory advisory, AdvisoryRevision r, Actor actor) {
        return access.mayReadRevision(
                advisory, actor, r.content().tlp(), r.content().recipients());
    }
}
