package org.advisoryhub.revision.dto;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** What is due for review: published advisories and the indicators they publish, each with the date it runs out. */
public final class ReviewDue {

    private ReviewDue() {}

    /**
     * An advisory whose latest revision's review-by date has passed ({@code overdue}) or comes within the notice;
     * {@code titles} are its title's translations by language ({@code ko}).
     */
    public record Advisory(
            String advisory,
            String title,
            Map<String, String> titles,
            int revision,
            Instant reviewBy,
            boolean overdue,
            int indicatorCount) {

        /** The title in this language where translated, the original otherwise. */
        public String title(String lang) {
            return titles.getOrDefault(lang, title);
        }

        /** The language {@link #title(String)} gives for this one. */
        public String titleLang(String lang) {
            return titles.containsKey(lang) ? lang : "en";
        }
    }

    /**
     * A published indicator whose {@code valid_until} has passed ({@code expired}) or comes within the notice;
     * {@code kind} as the indicator API names it ({@code crypto_address}).
     */
    public record Indicator(
            String advisory, int revision, UUID key, String kind, String value, Instant validUntil, boolean expired) {}
}
