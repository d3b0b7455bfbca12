package org.advisoryhub.revision.dto;

import java.time.Instant;
import java.util.UUID;

/** What is due for review: published advisories and the indicators they publish, each with the date it runs out. */
public final class ReviewDue {

    private ReviewDue() {}

    /** An advisory whose latest revision's review-by date has passed ({@code overdue}) or comes within the notice. */
    public record Advisory(
            String advisory, String title, int revision, Instant reviewBy, boolean overdue, int indicatorCount) {}

    /**
     * A published indicator whose {@code valid_until} has passed ({@code expired}) or comes within the notice;
     * {@code kind} as the indicator API names it ({@code crypto_address}).
     */
    public record Indicator(
            String advisory, int revision, UUID key, String kind, String value, Instant validUntil, boolean expired) {}
}
