package org.advisoryhub.sighting.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What partners reported seeing of one advisory's indicators, for its co-authoring officials. {@code days} adds the
 * counts up by the UTC day a sighting was last seen and by partner, oldest first. {@code unreadable} counts stored
 * sightings that could not be read and were left out.
 */
public record SightingSummary(
        String advisoryId,
        long sightings,
        long partners,
        List<PerIndicator> indicators,
        List<PerDay> days,
        long unreadable) {

    /** Sightings one partner reported as last seen on one day. */
    public record PerDay(LocalDate day, String partner, long sightings) {}

    /** Sightings of one indicator: how many, by how many partners, and when. */
    public record PerIndicator(
            String indicatorId,
            String kind,
            String value,
            long sightings,
            long partners,
            Instant firstSeen,
            Instant lastSeen) {}

    /** One partner's sighting, as co-authoring officials review it; {@code readable} is false for a damaged one. */
    public record Report(
            String id,
            String partner,
            String indicatorId,
            Instant firstSeen,
            Instant lastSeen,
            long count,
            String note,
            Instant reportedAt,
            boolean hidden,
            boolean readable) {

        public static Report unreadable(String id, String partner, Instant reportedAt, boolean hidden) {
            return new Report(id, partner, null, null, null, 0, null, reportedAt, hidden, false);
        }
    }
}
