package org.advisoryhub.sighting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.advisoryhub.common.error.ForbiddenOperationException;
import org.advisoryhub.common.error.NotFoundException;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.error.Violation;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Keyset;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.distribution.CollectionAccess;
import org.advisoryhub.distribution.CollectionReader;
import org.advisoryhub.distribution.SubmissionService;
import org.advisoryhub.distribution.SubmittedSightings;
import org.advisoryhub.distribution.dto.SubmissionStatus;
import org.advisoryhub.partner.ApiKeyGrant;
import org.advisoryhub.sighting.dto.SightingRecord;
import org.advisoryhub.sighting.dto.SightingReport;
import org.advisoryhub.stix.StixIds;
import org.advisoryhub.stix.StixTime;

/**
 * Sightings partners report over plain REST. Each becomes a STIX 2.1 {@code sighting} submitted to the key's
 * writable collection, exactly as if POSTed over TAXII: same checks, same storage, same aggregation for officials,
 * and only the reporting organization ever reads it back.
 */
@ApplicationScoped
@Transactional
public class SightingReportService {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern INDICATOR_ID =
            Pattern.compile("indicator--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** STIX 2.1 caps a sighting's count. */
    private static final long MAX_COUNT = 999_999_999L;

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final CollectionReader reader;
    private final SubmissionService submissions;
    private final SubmittedSightings sightings;
    private final Clock clock;

    public SightingReportService(
            CollectionReader reader, SubmissionService submissions, SubmittedSightings sightings, Clock clock) {
        this.reader = reader;
        this.submissions = submissions;
        this.sightings = sightings;
        this.clock = clock;
    }

    public SightingRecord report(ApiKeyGrant grant, SightingReport report) {
        CollectionAccess target = writable(grant);
        if (report == null) {
            throw ValidationFailedException.of("indicator", "is required");
        }
        Instant now = clock.instant();
        List<Violation> problems = new ArrayList<>();
        if (report.indicator() == null
                || !INDICATOR_ID.matcher(report.indicator()).matches()) {
            problems.add(Violation.of(
                    "indicator", "must be an indicator id such as indicator--0b5c…, as screening returns it"));
        } else if (!reader.visible(grant, report.indicator())) {
            problems.add(Violation.of("indicator", "no indicator the hub shares with you has this id"));
        }
        Instant first = time("firstSeen", report.firstSeen(), now, now, problems);
        Instant last = time("lastSeen", report.lastSeen(), first == null ? now : first, now, problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(Violation.of("lastSeen", "must not be before firstSeen"));
        }
        long count = report.count() == null ? 1 : report.count();
        if (count < 1 || count > MAX_COUNT) {
            problems.add(Violation.of("count", "must be 1 to " + MAX_COUNT));
        }
        if (report.note() != null && report.note().length() > 2000) {
            problems.add(Violation.of("note", "must be at most 2000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException("The sighting has " + problems.size() + " problem(s)", problems);
        }
        ObjectNode sighting = sighting(report, first, last, count, now, StixIds.organization(grant.organizationId()));
        SubmissionStatus status = submissions.submit(grant, target, envelope(sighting));
        if (status.failureCount() > 0) {
            throw ValidationFailedException.of(
                    "indicator", status.failures().get(0).message());
        }
        return record(sighting, now);
    }

    /** This organization's sightings, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SightingRecord> list(ApiKeyGrant grant, String cursor, int limit) {
        Cursor after = Cursor.decode(cursor);
        return Keyset.page(
                limit,
                n -> sightings.by(grant.organizationId(), after == null ? null : after.at(), n),
                r -> Cursor.at(r.dateAdded()),
                r -> stored(r.stixId(), r.body(), r.dateAdded()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SightingRecord get(ApiKeyGrant grant, String id) {
        return sightings
                .one(grant.organizationId(), id)
                .map(r -> stored(r.stixId(), r.body(), r.dateAdded()))
                .orElseThrow(() -> new NotFoundException("Sighting", id));
    }

    /** The collection this key's sightings go to: the first it may write to. */
    private CollectionAccess writable(ApiKeyGrant grant) {
        if (!grant.canWrite()) {
            throw new ForbiddenOperationException(
                    "this API key may not report sightings; ask for a key with write access");
        }
        return reader.collections(grant).stream()
                .filter(CollectionAccess::canWrite)
                .findFirst()
                .orElseThrow(
                        () -> new ForbiddenOperationException("this API key has no collection that accepts sightings"));
    }

    private static Instant time(String field, String text, Instant fallback, Instant now, List<Violation> problems) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            Instant t = OffsetDateTime.parse(text.trim()).toInstant();
            if (t.isAfter(now.plus(CLOCK_SKEW))) {
                problems.add(Violation.of(field, "must not be in the future"));
            }
            return t;
        } catch (DateTimeParseException e) {
            problems.add(
                    Violation.of(field, "'" + text + "' is not an RFC 3339 timestamp such as 2026-03-01T12:00:00Z"));
            return null;
        }
    }

    /** The reporting partner is both the creator and where it was sighted (STIX 2.1 §5.2 best practice). */
    private static ObjectNode sighting(
            SightingReport report, Instant first, Instant last, long count, Instant now, String partner) {
        ObjectNode s = JSON.createObjectNode();
        s.put("type", "sighting");
        s.put("spec_version", "2.1");
        s.put("id", "sighting--" + UUID.randomUUID());
        s.put("created_by_ref", partner);
        s.put("created", StixTime.format(now));
        s.put("modified", StixTime.format(now));
        s.put("sighting_of_ref", report.indicator());
        s.put("first_seen", StixTime.format(first));
        s.put("last_seen", StixTime.format(last));
        s.put("count", count);
        s.putArray("where_sighted_refs").add(partner);
        if (report.note() != null && !report.note().isBlank()) {
            s.put("description", report.note());
        }
        return s;
    }

    private static String envelope(ObjectNode sighting) {
        ObjectNode envelope = JSON.createObjectNode();
        envelope.putArray("objects").add(sighting);
        return envelope.toString();
    }

    private static SightingRecord record(JsonNode s, Instant reportedAt) {
        return new SightingRecord(
                s.path("id").asText(),
                s.path("sighting_of_ref").asText(),
                instant(s, "first_seen"),
                instant(s, "last_seen"),
                s.path("count").asLong(1),
                s.path("description").asText(null),
                reportedAt);
    }

    private static Instant instant(JsonNode s, String field) {
        return s.hasNonNull(field) ? Instant.parse(s.get(field).asText()) : null;
    }

    /** A stored sighting as read back; one that cannot be read still lists by its id, never failing the page. */
    private static SightingRecord stored(String id, String body, Instant reportedAt) {
        try {
            return record(JSON.readTree(body), reportedAt);
        } catch (JsonProcessingException | RuntimeException e) {
            Log.warnf("Stored sighting %s cannot be read (%s)", id, e.getClass().getSimpleName());
            return new SightingRecord(id, null, null, null, 0, null, reportedAt);
        }
    }
}
