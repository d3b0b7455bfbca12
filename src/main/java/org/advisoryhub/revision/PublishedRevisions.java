package org.advisoryhub.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryhub.advisory.Visibility;
import org.advisoryhub.common.db.JdbcRows;
import org.advisoryhub.common.security.Actor;

/**
 * What other features read of published revisions: the flat and MISP feeds and the screening index. Each read takes
 * the partner's {@link Visibility.PartnerView}, so the visibility rule is applied in the query itself.
 */
@ApplicationScoped
public class PublishedRevisions {

    private final PublishedRevisionRepository repository;
    private final RevisionRepository revisions;

    public PublishedRevisions(PublishedRevisionRepository repository, RevisionRepository revisions) {
        this.repository = repository;
        this.revisions = revisions;
    }

    /**
     * Which published advisories the official may read, other than {@code except}, already carry each of these
     * normalized values (in their latest revision, not withdrawn): the values an author is told are published already.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<String>> advisoriesWithValues(Collection<String> values, Actor official, String except) {
        return revisions.publishedWithValues(values, official.organizationId(), official.isAdmin(), except);
    }

    /** A fingerprint of {@link #streamIndicators}' result: it changes with every publication or withdrawal. */
    public String indicatorsVersion(String kind, String chain, Instant since, Visibility.PartnerView view) {
        return repository.indicatorsVersion(kind, chain, since, view);
    }

    /**
     * Indicators of a kind (and chain) in force in the latest published revision of every advisory the view sees;
     * {@code since} keeps revisions published after it.
     */
    public void streamIndicators(
            String kind,
            String chain,
            Instant since,
            Visibility.PartnerView view,
            JdbcRows.Sink<PublishedRows.FeedIndicator> sink) {
        repository.streamIndicators(kind, chain, since, view, sink);
    }

    /** A fingerprint of {@link #streamEvents}' result. */
    public String eventsVersion(Visibility.PartnerView view) {
        return repository.eventsVersion(view);
    }

    /** The latest published revision of every advisory the view sees, withdrawn ones included. */
    public void streamEvents(Visibility.PartnerView view, JdbcRows.Sink<PublishedRows.Event> sink) {
        repository.streamEvents(view, sink);
    }

    /** The indicators of an advisory's latest published revision, then those it dropped since earlier ones. */
    public List<PublishedRows.EventIndicator> eventIndicators(String publicId) {
        return repository.eventIndicators(publicId);
    }

    /** Every indicator value the view sees in advisories that are not withdrawn. */
    public void streamValues(Visibility.PartnerView view, JdbcRows.Sink<PublishedRows.Value> sink) {
        repository.streamValues(view, sink);
    }

    /** Published advisories (or the one given), read on the caller's connection. */
    public List<PublishedRows.Head> heads(Connection c, UUID only) throws SQLException {
        return repository.heads(c, only);
    }

    /**
     * The indicator versions of every published advisory (or of one), those of one indicator together, oldest first.
     * A revision published since the caller read the advisory's head may show: its rows start after that head.
     */
    public void streamIndicatorSpans(Connection c, UUID only, JdbcRows.Sink<PublishedRows.IndicatorSpan> sink)
            throws SQLException {
        repository.streamIndicatorSpans(c, only, null, sink);
    }

    /**
     * The versions of one advisory's indicators that changed after revision {@code since} (versions added, or closed
     * at or after it), with every other version of those indicators, grouped and ordered as above.
     */
    public void streamChangedSpans(
            Connection c, UUID advisory, int since, JdbcRows.Sink<PublishedRows.IndicatorSpan> sink)
            throws SQLException {
        repository.streamIndicatorSpans(c, advisory, since, sink);
    }
}
