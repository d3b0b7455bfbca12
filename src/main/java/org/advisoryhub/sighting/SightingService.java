package org.advisoryhub.sighting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.advisoryhub.distribution.SubmittedObjects;
import org.advisoryhub.distribution.SubmittedSightings;
import org.advisoryhub.revision.RevisionService;
import org.advisoryhub.sighting.dto.SightingSummary;
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
    private static final Comparator<SightingSummary.PerDay> BY_DAY_AND_PARTNER =
            Comparator.comparing(SightingSummary.PerDay::day).thenComparing(SightingSummary.PerDay::partner);
    private final SubmittedSightings sightings;
    private final SubmittedObjects submitted;
    private final HiddenSightingRepository hidden;
    private final RevisionService revisions;
    private final AdvisoryAccess access;
    private final AuditService audit;
    private final Clock clock;

    public SightingService(
            SubmittedSightings sightings,
            SubmittedObjects submitted,
            HiddenSightingRepository hidden,
            RevisionService revisions,
            AdvisoryAccess access,
            AuditService audit,
            Clock clock) {
        this.sightings = sightings;
        this.submitted = submitted;
        this.hidden = hidden;
        this.revisions = revisions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** Per indicator: how many sightings, by how many partners, first and last seen. Hidden ones are left out. */
    public SightingSummary summary(String publicId, Actor actor) {
        Advisory advisory = access.requireCoauthorView(publicId, actor, "see the sightings of " + publicId);
        Map<String, String[]> indicators = indicators(advisory);
        List<SubmittedSightings.Stored> stored = sightings.of(indicators.keySet());
        Set<String> hiddenIds = hidden.among(
                stored.stream().map(SubmittedSightings.Stored::stixId).toList());
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<SightingSummary.PerDay, Long> days = new TreeMap<>(BY_DAY_AND_PARTNER);
        Set<String> partners = new HashSet<>();
        long unreadable = 0;
        for (SubmittedSightings.Stored row : stored) {
            if (hiddenIds.contains(row.stixId())) {
                continue;
            }
            SightingReading s = SightingReading.of(row.stixId(), row.submittedBy(), row.body());
            String[] indicator = s == null ? null : indicators.get(s.indicatorId());
            if (indicator == null) {
                unreadable++;
                continue;
            }
            tallies.computeIfAbsent(s.indicatorId(), id -> new Tally()).add(s);
            days.merge(
                    new SightingSummary.PerDay(LocalDate.ofInstant(s.lastSeen(), ZoneOffset.UTC), s.partner(), 0),
                    s.count(),
                    Long::sum);
            partners.add(s.partner());
        }
        List<SightingSummary.PerIndicator> per = new ArrayList<>();
        tallies.forEach((id, t) -> per.add(t.summary(id, indicators.get(id))));
        per.sort(Comparator.comparingLong(SightingSummary.PerIndicator::sightings)
                .reversed()
                .thenComparing(SightingSummary.PerIndicator::indicatorId));
        long total =
                per.stream().mapToLong(SightingSummary.PerIndicator::sightings).sum();
        List<SightingSummary.PerDay> daily = days.entrySet().stream()
                .map(d ->
                        new SightingSummary.PerDay(d.getKey().day(), d.getKey().partner(), d.getValue()))
                .toList();
        return new SightingSummary(publicId, total, partners.size(), per, daily, unreadable);
    }

    /** An object a partner reported seeing with one of the advisory's indicators: its STIX body as submitted. */
    public record Observed(String sightingId, String partner, String body, Instant reportedAt) {}

    /**
     * What partners saw alongside the advisory's indicators: the cyber-observables their sightings' observed data
     * refer to (objects the same partner submitted), newest sighting first. Hidden sightings are left out.
     */
    public List<Observed> observed(String publicId, Actor actor) {
        Advisory advisory = access.requireCoauthorView(publicId, actor, "see the sightings of " + publicId);
        List<SubmittedSightings.Stored> stored =
                new ArrayList<>(sightings.of(indicators(advisory).keySet()));
        Set<String> hiddenIds = hidden.among(
                stored.stream().map(SubmittedSightings.Stored::stixId).toList());
        stored.removeIf(s -> hiddenIds.contains(s.stixId()));
        stored.sort(Comparator.comparing(SubmittedSightings.Stored::dateAdded).reversed());
        List<Observed> out = new ArrayList<>();
        for (SubmittedSightings.Stored s : stored) {
            List<String> observedData = refs(s.body(), "observed_data_refs");
            List<String> objects = new ArrayList<>();
            submitted.byIds(s.submittedBy(), observedData).forEach(o -> objects.addAll(refs(o.body(), "object_refs")));
            submitted
                    .byIds(s.submittedBy(), objects)
                    .forEach(o -> out.add(new Observed(s.stixId(), s.submittedBy(), o.body(), s.dateAdded())));
        }
        return out;
    }

    /** The ids a stored object lists under {@code property}; none when the body cannot be read. */
    private static List<String> refs(String body, String property) {
        try {
            List<String> out = new ArrayList<>();
            JSON.readTree(body).path(property).forEach(r -> out.add(r.asText()));
            return out;
        } catch (java.io.IOException e) {
            return List.of();
        }
    }

    /** The individual sightings of the advisory's indicators, hidden ones included and marked, newest first. */
    public Page<SightingSummary.Report> reports(String publicId, Actor actor, String cursor, int limit) {
        Advisory advisory = access.requireCoauthorView(publicId, actor, "see the sightings of " + publicId);
        Map<String, String[]> indicators = indicators(advisory);
        Cursor after = Cursor.decode(cursor);
        return Keyset.page(
                limit,
                n -> withHidden(sightings.of(indicators.keySet(), after == null ? null : after.at(), n)),
                r -> Cursor.at(r.stored().dateAdded()),
                r -> {
                    SubmittedSightings.Stored row = r.stored();
                    SightingReading s = SightingReading.of(row.stixId(), row.submittedBy(), row.body());
                    return s == null
                            ? SightingSummary.Report.unreadable(
                                    row.stixId(), row.submittedBy(), row.dateAdded(), r.hidden())
                            : s.report(row.dateAdded(), r.hidden());
                });
    }

    private record Marked(SubmittedSightings.Stored stored, boolean hidden) {}

    private List<Marked> withHidden(List<SubmittedSightings.Stored> rows) {
        Set<String> hiddenIds = hidden.among(
                rows.stream().map(SubmittedSightings.Stored::stixId).toList());
        return rows.stream()
                .map(r -> new Marked(r, hiddenIds.contains(r.stixId())))
                .toList();
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
        if (hidden.hide(sightingId, actor.username(), actor.organizationId(), clock.instant(), reason)) {
            audit.official(
                    actor,
                    "sighting.hidden",
                    "sighting",
                    sightingId,
                    publicId,
                    reason == null ? Map.of() : Map.of("reason", reason));
        }
    }

    /** Shows a hidden sighting again. */
    @Transactional
    public void unhide(String publicId, String sightingId, Actor actor) {
        Advisory advisory = access.requireCoauthorView(publicId, actor, "show sightings of " + publicId);
        requireSightingOf(advisory, sightingId);
        if (hidden.show(sightingId)) {
            audit.official(actor, "sighting.shown", "sighting", sightingId, publicId, Map.of());
        }
    }

    private void requireSightingOf(Advisory advisory, String sightingId) {
        Map<String, String[]> indicators = indicators(advisory);
        if (!sightings.isOf(indicators.keySet(), sightingId)) {
            throw new NotFoundException("Sighting", sightingId);
        }
    }

    /** STIX indicator id → (kind, value) for every indicator any revision of the advisory published. */
    private Map<String, String[]> indicators(Advisory advisory) {
        Map<String, String[]> out = new HashMap<>();
        for (RevisionService.PublishedIndicator i : revisions.everPublished(advisory.id())) {
            out.put(
                    StixIds.of("indicator", i.key().toString()),
                    new String[] {i.kind().label(), i.value()});
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
            return new SightingSummary.PerIndicator(
                    id, indicator[0], indicator[1], count, partners.size(), first, last);
        }
    }

    /** One stored sighting as read; {@link #of} returns null for a body that cannot be read. */
    private record SightingReading(
            String id,
            String partner,
            String indicatorId,
            long count,
            Instant firstSeen,
            Instant lastSeen,
            String note) {

        static SightingReading of(String id, String partner, String body) {
            try {
                JsonNode s = JSON.readTree(body);
                Instant first = Instant.parse(
                        s.hasNonNull("first_seen")
                                ? s.get("first_seen").asText()
                                : s.get("created").asText());
                Instant last = Instant.parse(
                        s.hasNonNull("last_seen")
                                ? s.get("last_seen").asText()
                                : s.get("modified").asText());
                String note = s.path("description").textValue();
                return new SightingReading(
                        id,
                        partner,
                        s.path("sighting_of_ref").asText(),
                        Math.max(1, s.path("count").asLong(1)),
                        first,
                        last,
                        StorableText.isStorable(note) ? note : null);
            } catch (Exception e) {
                // Logged by id only: the body is a partner's text and may be restricted.
                Log.warnf(
                        "Skipping stored sighting %s that cannot be read (%s)",
                        id, e.getClass().getSimpleName());
                return null;
            }
        }

        SightingSummary.Report report(Instant reportedAt, boolean hidden) {
            return new SightingSummary.Report(
                    id, partner, indicatorId, firstSeen, lastSeen, count, note, reportedAt, hidden, true);
        }
    }
}
