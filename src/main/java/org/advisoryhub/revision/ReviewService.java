package org.advisoryhub.revision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.advisoryhub.common.config.HubConfig;
import org.advisoryhub.common.error.ValidationFailedException;
import org.advisoryhub.common.paging.Cursor;
import org.advisoryhub.common.paging.Keyset;
import org.advisoryhub.common.paging.Page;
import org.advisoryhub.common.security.Actor;
import org.advisoryhub.revision.dto.ReviewDue;

/**
 * What is due for review: advisories whose review-by date has passed or comes within the notice period, and
 * published indicators whose {@code valid_until} does. An official sees what the organization co-authors; an
 * administrator sees everything. Withdrawn advisories are never due.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewService {

    private static final Duration LONGEST_NOTICE = Duration.ofDays(3650);
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final RevisionRepository revisions;
    private final HubConfig config;
    private final Clock clock;

    public ReviewService(RevisionRepository revisions, HubConfig config, Clock clock) {
        this.revisions = revisions;
        this.config = config;
        this.clock = clock;
    }

    public Page<ReviewDue.Advisory> advisories(String within, String cursor, Integer limit, Actor actor) {
        Instant now = clock.instant();
        Instant horizon = horizon(now, within);
        Cursor after = Cursor.decode(cursor);
        return Keyset.page(
                size(limit),
                n -> revisions.reviewsDue(scope(actor), horizon, after, n),
                row -> Cursor.at(row.get("review_by", Instant.class), row.get("id", UUID.class)),
                row -> new ReviewDue.Advisory(
                        row.get("advisory", String.class),
                        row.get("title", String.class),
                        titles(row.get("titles", String.class)),
                        row.get("revision", Number.class).intValue(),
                        row.get("review_by", Instant.class),
                        !row.get("review_by", Instant.class).isAfter(now),
                        row.get("indicators", Number.class).intValue()));
    }

    public Page<ReviewDue.Indicator> indicators(String within, String cursor, Integer limit, Actor actor) {
        Instant now = clock.instant();
        Instant horizon = horizon(now, within);
        Cursor after = Cursor.decode(cursor);
        return Keyset.page(
                size(limit),
                n -> revisions.indicatorsDue(scope(actor), horizon, after, n),
                row -> Cursor.at(row.get("valid_until", Instant.class), row.get("key", UUID.class)),
                row -> new ReviewDue.Indicator(
                        row.get("advisory", String.class),
                        row.get("revision", Number.class).intValue(),
                        row.get("key", UUID.class),
                        row.get("kind", String.class).toLowerCase(java.util.Locale.ROOT),
                        row.get("value", String.class),
                        row.get("valid_until", Instant.class),
                        !row.get("valid_until", Instant.class).isAfter(now)));
    }

    /** Translated titles as the query aggregates them (a JSON object by language); none when unreadable. */
    private static Map<String, String> titles(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            Map<String, String> out = new java.util.TreeMap<>();
            JSON.readTree(json).fields().forEachRemaining(e -> {
                if (e.getValue().isTextual() && !e.getValue().asText().isBlank()) {
                    out.put(e.getKey(), e.getValue().asText());
                }
            });
            return out;
        } catch (java.io.IOException e) {
            return Map.of();
        }
    }

    private int size(Integer limit) {
        return Cursor.limit(limit, config.api().defaultPageSize(), config.api().maxPageSize());
    }

    private static String scope(Actor actor) {
        return actor.isAdmin() ? null : actor.organizationId();
    }

    /** Now plus the notice ({@code within}, an ISO-8601 duration such as P30D; default: the configured notice). */
    private Instant horizon(Instant now, String within) {
        if (within == null || within.isBlank()) {
            return now.plus(config.advisories().reviewNotice());
        }
        try {
            Duration notice = Duration.parse(within.strip());
            if (notice.isNegative() || notice.compareTo(LONGEST_NOTICE) > 0) {
                throw ValidationFailedException.of("within", "must be between P0D and P3650D");
            }
            return now.plus(notice);
        } catch (DateTimeParseException e) {
            throw ValidationFailedException.of("within", "must be an ISO-8601 duration such as P30D");
        }
    }
}
