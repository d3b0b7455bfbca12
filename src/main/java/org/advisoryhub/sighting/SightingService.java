package org.advisoryhub.sighting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.advisoryhub.advisory.Advisory;
import org.advisoryhub.advisory.AdvisoryAccess;
import org.advisoryhub.audit.AuditService;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Keyset;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.common.text.StorableText;
import org.advisoryhub.common.time.Timestamps;
import org.advisoryhub.stix.StixIds;

/**
 * Partners' STIX sightings of an advisory's indicators, for the advisory's co-authoring officials (and admins)
 * only; partners never see each other's sightings. Each stored sighting is read on its own: one that cannot be
 * read is skipped and counted, never failing the view. Officials may hide a sighting from their views.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SightingService {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sightings of the advisory's indicators that its officials did not hide, newest first. */
    private static final String OF_ADVISORY = """
            from stix_object s
            where s.type = 'sighting' and s.latest and not s.revoked and s.collection_id is not null
              and s.sighting_of_ref = any(cast(:refs as varchar[]))
            """;

    private final EntityManager em;
    private final AdvisoryAccess access;
    private final AuditService audit;
    private final Clock clock;

    public SightingService(EntityManager em, AdvisoryAccess access, AuditService audit, Clock clock) {
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Per indicator: how many sightings, by how many partners, first and last seen. Hidden ones are left out. */
    public SightingSummary summary(String publicId, Actor actor) {
        Advisory advisory = access.requireCoauthorView(publicId, actor, "see the sightings of " + publicId);
        Map<String, String[]> indicators = indicators(advisory);
        List<?> rows = em.createNativeQuery("select s.stix_id, s.submitted_by, s.body " + OF_ADVISORY
                + " and not exists (select 1 from sighting_hidden h where h.stix_id = s.stix_id)")
                .setParameter("refs", array(indicators)).getResultList();
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Set<String> partners = new HashSet<>();
        long unreadable = 0;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            SightingReading s = SightingReading.of((String) r[0], (String) r[1], (String) r[2]);
            String[] indicator = s == null ? null : indicators.get(s.indicatorId());
            if (indicator == null) {
                unreadable++;
                continue;
            }
            tallies.computeIfAbsent(s.indicatorId(), id -> new Tally()).add(s);
            partners.add(s.partner());
        }
        List<SightingSummary.PerIndicator> per = new ArrayList<>();
        tallies.forEach((id, t) -> per.add(t.summary(id, indicators.get(id))));
        per.sort(Comparator.comparingLong(SightingSummary.PerIndicator::sightings).reversed()
                .thenComparing(SightingSummary.PerIndicator::indicatorId));
        long total = per.stream().mapToLong(SightingSummary.PerIndicator::sightings).sum();
        return new SightingSummary(publicId, total, partners.size(), per, unreadable);
    }

    /** The individual sightings of the advisory's indicators, hidden ones included and marked, newest first. */
    public Page<SightingSummary.Report> reports(String publicId, Actor actor, String cursor, int limit) {
        Advisory advisory = access.requireCoauthorView(publicId, actor, "see the sightings of " + publicId);
        Map<String, String[]> indicators = indicators(advisory);
        Cursor after = Cursor.decode(cursor);
        return Keyset.<Object[], SightingSummary.Report>page(limit, n -> em.createNativeQuery("select s.date_added, s.stix_id, s.submitted_by, s.body,"
                + " exists (select 1 from sighting_hidden h where h.stix_id = s.stix_id) " + OF_ADVISORY
                + " and (cast(:at as timestamptz) is null or s.date_added < cast(:at as timestamptz))"
                + " order by s.date_added desc limit :limit")
                .setParameter("refs", array(indicators)).setParameter("at", after == null ? null : after.at())
                .setParameter("limit", n).getResultList().stream().map(Object[].class::cast).toList(),
                r -> Cursor.at(Timestamps.of(r[0])), r -> {
                    Instant added = Timestamps.of(r[0]);
                    SightingReading s = SightingReading.of((String) r[1], (String) r[2], (String) r[3]);
                    return s == null ? SightingSummary.Report.unreadable((String) r[1], (String) r[2], added, (Boolean) r[4])
                            : s.report(added, (Boolean) r[4]);
                });
    }

    /** Hides a partner's sighting from every official's views of this advisory; recorded in the audit trail. */
    @Transactional
    public void hide(String publicId, String sightingId, String reason, Actor actor) {
        Advisory advisory = access.requireCoauthorView(publicId, actor, "hide sightings of " + publicId);
        requireSightingOf(advisory, sightingId);
        if (reason != null && reason.length() > 500) {
            throw ValidationFailedException.of("reason", "must be at most 500 characters");
        }
        StorableText.require("reason", reason);
        int added = em.createNativeQuery("""
                insert into sighting_hidden (stix_id, hidden_by, organization_id, hidden_at, reason)
                values (:id, :by, :org, :at, :reason) on conflict (stix_id) do nothing""")
                .setParameter("id", sightingId).setParameter("by", actor.username())
                .setParameter("org", actor.organizationId()).setParameter("at", clock.instant())
                .setParameter("reason", reason).executeUpdate();
        if (added > 0) {
            audit.official(actor, "sighting.hidden", "sighting", sightingId, publicId,
                    reason == null ? Map.of() : Map.of("reason", reason));
        }
    }

    /** Shows a hidden sighting again. */
    @Transactional
    public void unhide(String publicId, String sightingId, Actor actor) {
        Advisory advisory = access.requireCoauthorView(publicId, actor, "show sightings of " + publicId);
        requireSightingOf(advisory, sightingId);
        int removed = em.createNativeQuery("delete from sighting_hidden where stix_id = :id")
                .setParameter("id", sightingId).executeUpdate();
        if (removed > 0) {
            audit.official(actor, "sighting.shown", "sighting", sightingId, publicId, Map.of());
        }
    }

    private void requireSightingOf(Advisory advisory, String sightingId) {
        Map<String, String[]> indicators = indicators(advisory);
        List<?> found = em.createNativeQuery("select 1 " + OF_ADVISORY + " and s.stix_id = :id")
                .setParameter("refs", array(indicators)).setParameter("id", sightingId).getResultList();
        if (found.isEmpty()) {
            throw new NotFoundException("Sighting", sightingId);
        }
    }

    /** The indicator ids as a PostgreSQL array literal (STIX ids hold no commas, quotes or braces). */
    private static String array(Map<String, String[]> indicators) {
        return "{" + String.join(",", indicators.keySet()) + "}";
    }

    /** STIX indicator id → (kind, value) for every indicator any revision of the advisory published. */
    private Map<String, String[]> indicators(Advisory advisory) {
        List<?> rows = em.createNativeQuery("""
                select distinct cast(ri.indicator_key as text), ri.kind, ri.value from revision_indicator ri
                join advisory_revision r on r.id = ri.revision_id where r.advisory_id = :a""")
                .setParameter("a", advisory.id()).getResultList();
        Map<String, String[]> out = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.put(StixIds.of("indicator", (String) r[0]), new String[] { ((String) r[1]).toLowerCase(), (String) r[2] });
        }
        return out;
    }

    /** Counts of one indicator's sightings. */
    private static final class Tally {
        private long count;
        private final Set<String> partners = new HashSet<>();
        private Instant first;
        private Instant last;

        void add(SightingReading s) {
            count += s.count();
            partners.add(s.partner());
            first = first == null || s.firstSeen().isBefore(first) ? s.firstSeen() : first;
            last = last == null || s.lastSeen().isAfter(last) ? s.lastSeen() : last;
        }

        SightingSummary.PerIndicator summary(String id, String[] indicator) {
            return new SightingSummary.PerIndicator(id, indicator[0], indicator[1], count, partners.size(), first, last);
        }
    }

    /** One stored sighting as read; {@link #of} returns null for a body that cannot be read. */
    private record SightingReading(String id, String partner, String indicatorId, long count, Instant firstSeen,
            Instant lastSeen, String note) {

        static SightingReading of(String id, String partner, String body) {
            try {
                JsonNode s = JSON.readTree(body);
                Instant first = Instant.parse(s.hasNonNull("first_seen") ? s.get("first_seen").asText() : s.get("created").asText());
                Instant last = Instant.parse(s.hasNonNull("last_seen") ? s.get("last_seen").asText() : s.get("modified").asText());
                String note = s.path("description").textValue();
                return new SightingReading(id, partner, s.path("sighting_of_ref").asText(), Math.max(1, s.path("count").asLong(1)),
                        first, last, StorableText.isStorable(note) ? note : null);
            } catch (Exception e) {
                // Logged by id only: the body is a partner's text and may be restricted.
                Log.warnf("Skipping stored sighting %s that cannot be read (%s)", id, e.getClass().getSimpleName());
                return null;
            }
        }

        SightingSummary.Report report(Instant reportedAt, boolean hidden) {
            return new SightingSummary.Report(id, partner, indicatorId, firstSeen, lastSeen, count, note, reportedAt, hidden,
                    true);
        }
    }
}
