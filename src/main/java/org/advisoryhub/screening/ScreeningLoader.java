package org.advisoryhub.screening;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryhub.revision.PublishedRevisions;
import org.advisoryhub.revision.PublishedRows;

/**
 * Builds the screening index's entries from published revisions: one entry per indicator of an advisory, holding
 * every published revision that had it. Rows are streamed on the listener's connection.
 */
@ApplicationScoped
public class ScreeningLoader {

    private final PublishedRevisions published;

    public ScreeningLoader(PublishedRevisions published) {
        this.published = published;
    }

    /** Every published advisory's entries. */
    Map<UUID, List<ScreeningIndex.Keyed>> loadAll(Connection c) throws SQLException {
        return loadWhere(c, null);
    }

    /** One advisory's entries; empty when it has no published revision. */
    List<ScreeningIndex.Keyed> load(Connection c, UUID advisory) throws SQLException {
        return loadWhere(c, advisory).getOrDefault(advisory, List.of());
    }

    private Map<UUID, List<ScreeningIndex.Keyed>> loadWhere(Connection c, UUID only) throws SQLException {
        Map<UUID, PublishedAdvisory> advisories = new HashMap<>();
        for (PublishedRows.Head h : published.heads(c, only)) {
            advisories.put(
                    h.id(),
                    new PublishedAdvisory(
                            h.id(), h.publicId(), h.title(), h.tlp(), h.recipients(), h.withdrawn(), h.revision()));
        }
        Grouping grouping = new Grouping(advisories);
        published.streamIndicatorRevisions(c, only, grouping::accept);
        grouping.finish();
        return grouping.out;
    }

    /** Folds the rows of one indicator (which come together, oldest revision first) into one entry. */
    private static final class Grouping {
        private final Map<UUID, PublishedAdvisory> advisories;
        private final Map<UUID, List<ScreeningIndex.Keyed>> out = new HashMap<>();
        private final List<Integer> revisions = new ArrayList<>();
        private PublishedRows.IndicatorRevision current;

        Grouping(Map<UUID, PublishedAdvisory> advisories) {
            this.advisories = advisories;
        }

        void accept(PublishedRows.IndicatorRevision row) {
            if (current != null && !current.sameIndicator(row)) {
                finish();
            }
            current = row;
            revisions.add(row.revision());
        }

        void finish() {
            if (current == null) {
                return;
            }
            PublishedAdvisory advisory = advisories.get(current.advisory());
            if (advisory != null) { // else published between the two queries; its notification brings it in
                IndexedIndicator indicator = new IndexedIndicator(
                        advisory,
                        current.key(),
                        current.kind(),
                        current.value(),
                        current.chain(),
                        current.chainName(),
                        current.asset(),
                        current.platform(),
                        revisions.stream().mapToInt(Integer::intValue).toArray(),
                        current.validUntil());
                out.computeIfAbsent(current.advisory(), a -> new ArrayList<>())
                        .add(new ScreeningIndex.Keyed(current.normalized(), indicator));
            }
            revisions.clear();
            current = null;
        }
    }
}
