package org.advisoryhub.distribution;

import java.time.Instant;

/** One object version as a collection serves it; {@code body} is the pre-serialized STIX JSON. */
public record FeedRow(Instant dateAdded, String stixId, Instant version, String body) {
}
