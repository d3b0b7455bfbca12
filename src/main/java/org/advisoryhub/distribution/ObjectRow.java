package org.advisoryhub.distribution;

import java.time.Instant;

/**
 * One object version as a collection serves it; {@code body} is the pre-serialized STIX JSON as UTF-8 bytes,
 * copied from the database to the response without decoding.
 */
public record ObjectRow(Instant dateAdded, String stixId, Instant version, byte[] body) {}
