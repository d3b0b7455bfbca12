package org.advisoryhub.screening;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.advisoryhub.revision.PublishedRevisions;
import org.advisoryhub.revision.PublishedRows;

/**
 * Builds the screening index's entries from published indicator versions: one entry per indicator of an advisory,
 * holding the revisions that had it. Rows are streamed on the listener's connection.
 */
@ApplicationScoped
public class ScreeningLoader {

    private final PublishedRevisions published;

    public ScreeningLoader(PublishedRevisions published) {
        this.published = published;
    }

    /** The indicators of one advisory that changed since the index last saw it. */
    record Changes(Set<UUID> keys, Set<String> values, List<ScreeningIndex.Keyed> entries) {}

    /** Every published advisory's entries. */
    Map<UUID, List<ScreeningIndex.Keyed>> loadAll(Connection c) throws SQLException {
        return loadWhere(c, null);
    }

    /** One advisory's entries; empty when it has no published revision. */
    List<ScreeningIndex.Keyed> load(Connection c, UUID advisory) throws SQLException {
        return loadWhere(c, advisory).getOrDefault(advisory, List.of());
    }

    /** An advisory's published state now, or null when it has none. */
    PublishedAdvisory head(Connection c, UUID advisory) throws SQLException {
        return published.heads(c, advisory).stream()
                .map(ScreeningLoader::advisory)
                .findFirst()
                .orElse(null);
    }

    /**
     * The indicators of {@code held}'s advisory that changed between the revision the index holds and {@code head}:
     * entries for those still published, and every value they had or have, so that their old entries can go.
     */
    Changes changes(Connection c, IndexedAdvisory held, PublishedAdvisory head) throws SQLException {
        Set<UUID> keys = new HashSet<>();
        Set<String> values = new HashSet<>();
        Grouping grouping = new Grouping(Map.of(head.id(), held), Map.of(head.id(), head.revision()));
        published.streamChangedSpans(c, head.id(), held.current().revision(), row -> {
            keys.add(row.key());
            values.add(row.normalized());
            grouping.accept(row);
        });
        grouping.finish();
        return new Changes(keys, values, grouping.out.getOrDefault(head.id(), List.of()));
    }

    private Map<UUID, List<ScreeningIndex.Keyed>> loadWhere(Connection c, UUID only) throws SQLException {
        Map<UUID, IndexedAdvisory> advisories = new HashMap<>();
        Map<UUID, Integer> revisions = new HashMap<>();
        for (PublishedRows.Head h : published.heads(c, only)) {
            advisories.put(h.id(), new IndexedAdvisory(advisory(h)));
            revisions.put(h.id(), h.revision());
        }
        Grouping grouping = new Grouping(advisories, revisions);
        published.streamIndicatorSpans(c, only, grouping::accept);
        grouping.finish();
        return grouping.out;
    }

    private static PublishedAdvisory advisory(PublishedRows.Head h) {
        return new PublishedAdvisory(
                h.id(), h.publicId(), h.title(), h.tlp(), h.recipients(), h.withdrawn(), h.revision());
    }

    /**
     * Folds the versions of one indicator (which come together, oldest first) into one entry as of the revision the
     * head was read at: a revision published since then is the next notification's.
     */
    private static final class Grouping {
        private final Map<UUID, IndexedAdvisory> advisories;
        private final Map<UUID, Integer> revisions;
        private final Map<UUID, List<ScreeningIndex.Keyed>> out = new HashMap<>();
        private final List<Integer> spans = new ArrayList<>();
        private PublishedRows.IndicatorSpan latest;
        private PublishedRows.IndicatorSpan current;

        Grouping(Map<UUID, IndexedAdvisory> advisories, Map<UUID, Integer> revisions) {
            this.advisories = advisories;
            this.revisions = revisions;
        }

        void accept(PublishedRows.IndicatorSpan row) {
            if (current != null
                    && !(current.advisory().equals(row.advisory())
                            && current.key().equals(row.key()))) {
                finish();
            }
            current = row;
            Integer head = revisions.get(row.advisory());
            if (head == null || row.firstRevision() > head) {
                return; // else published between the queries; its notification brings it in
            }
            spans.add(row.firstRevision());
            Integer last = row.lastRevision();
            spans.add(last == null || last >= head ? IndexedIndicator.OPEN : last);
            latest = row;
        }

        void finish() {
            if (latest != null) {
                IndexedIndicator indicator = new IndexedIndicator(
                        advisories.get(latest.advisory()),
                        latest.key(),
                        latest.kind(),
                        latest.value(),
                        latest.chain(),
                        latest.chainName(),
                        latest.asset(),
                        latest.platform(),
                        spans.stream().mapToInt(Integer::intValue).toArray(),
                        latest.validUntil());
                List<ScreeningIndex.Keyed> entries = out.computeIfAbsent(latest.advisory(), a -> new ArrayList<>());
                entries.add(new ScreeningIndex.Keyed(latest.normalized(), indicator));
                // A persona is found by each of its other names too, compared as names are.
                latest.aliases().stream()
                        .map(ScreeningLoader::aliasKey)
                        .distinct()
                        .filter(alias -> alias != null && !alias.equals(latest.normalized()))
                        .forEach(alias -> entries.add(new ScreeningIndex.Keyed(alias, indicator)));
            }
            spans.clear();
            latest = null;
            current = null;
        }
    }

    /** An alias as screening compares names; null for one that no longer reads as a name (it is left out). */
    private static String aliasKey(String alias) {
        try {
            return org.advisoryhub.indicator.validation.Personas.normalize(alias);
        } catch (org.advisoryhub.indicator.validation.InvalidIndicatorException e) {
            return null;
        }
    }
}
