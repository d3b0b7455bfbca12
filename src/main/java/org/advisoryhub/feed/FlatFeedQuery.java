package org.advisoryhub.feed;

import java.time.Instant;
import org.advisoryhub.advisory.Visibility;

/**
 * One flat feed request: indicators of a kind (and chain) from the latest published revision of every advisory
 * the reader may see through a collection; {@code since} keeps advisories whose latest revision is newer.
 */
record FlatFeedQuery(String kind, String chain, Instant since, Visibility.PartnerView view) {}
