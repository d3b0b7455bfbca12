package org.advisoryhub.sighting;

import java.time.Instant;
import java.util.List;

/** What partners reported seeing of one advisory's indicators, for its co-authoring officials. */
public record SightingSummary(String advisoryId, long sightings, long partners, List<PerIndicator> indicators) {

    /** Sightings of one indicator: how many, by how many partners, and when. */
    public record PerIndicator(String indicatorId, String kind, String value, long sightings, long partners,
            Instant firstSeen, Instant lastSeen) {
    }
}
