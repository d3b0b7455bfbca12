package org.advisoryhub.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryhub.advisory.Visibility;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Keyset;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.time.Timestamps;
import org.advisoryhub.revision.dto.PublicAdvisory;
import org.advisoryhub.revision.dto.RevisionResponse;

/**
 * What anyone may read without signing in: published revisions at TLP:CLEAR ({@link Visibility#publicMayRead}),
 * never a working copy, a draft or an amendment in progress. An advisory is public while its latest published
 * revision is CLEAR; of its history only the CLEAR revisions show. Anything else looks the same as missing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicRevisions {

    private static final int MAX_PAGE = 100;

    private final RevisionRepository revisions;
    private final RevisionIndicatorRepository rows;

    public PublicRevisions(RevisionRepository revisions, RevisionIndicatorRepository rows) {
        this.revisions = revisions;
        this.rows = rows;
    }

    /** Public advisories, newest publication first; {@code text} (or null) searches their text and ids. */
    public Page<RevisionResponse> latest(String text, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        String query = text == null || text.isBlank() ? null : text.strip();
        return Keyset.page(
                Math.min(Math.max(limit, 1), MAX_PAGE),
                n -> named(revisions.publicLatest(query, after, n)),
                r -> Cursor.at(r.publishedAt(), r.revisionId()),
                Named::response);
    }

    /** The newest public publications and amendments, newest first: what the public Atom feed carries. */
    public List<RevisionResponse> feed(int limit) {
        return named(revisions.publicRevisions(Math.min(Math.max(limit, 1), MAX_PAGE))).stream()
                .map(Named::response)
                .toList();
    }

    /** One public advisory; one whose latest published revision is not CLEAR (or none) is not found. */
    public PublicAdvisory advisory(String publicId) {
        Tuple state = revisions.state(publicId).orElseThrow(() -> new NotFoundException("Advisory", publicId));
        UUID id = state.get("id", UUID.class);
        int published = ((Number) state.get("published_revision")).intValue();
        // Only published revisions ever reach this page; an unpublished draft has none to show.
        List<AdvisoryRevision> open = revisions.listFor(id).stream()
                .filter(r -> Visibility.publicMayRead(r.content().tlp()))
                .toList();
        AdvisoryRevision latest = open.stream()
                .filter(r -> r.number() == published)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Advisory", publicId));
        Object withdrawn = state.get("withdrawn_at");
        Instant withdrawnAt = withdrawn == null ? null : Timestamps.of(withdrawn);
        return new PublicAdvisory(
                publicId,
                RevisionMapper.toResponse(publicId, latest),
                open.stream().map(r -> RevisionMapper.toResponse(publicId, r)).toList(),
                withdrawnAt == null ? rows.all(latest.id()) : List.of(),
                withdrawnAt);
    }

    /** Revisions with their advisories' public ids, for the page and its cursor. */
    private List<Named> named(List<AdvisoryRevision> found) {
        Map<UUID, String> ids = revisions.publicIds(
                found.stream().map(AdvisoryRevision::advisoryId).toList());
        return found.stream().map(r -> new Named(r, ids.get(r.advisoryId()))).toList();
    }

    private record Named(AdvisoryRevision revision, String publicId) {

        Instant publishedAt() {
            return revision.publishedAt();
        }

        UUID revisionId() {
            return revision.id();
        }

        RevisionResponse response() {
            return RevisionMapper.toResponse(publicId, revision);
        }
    }
}
