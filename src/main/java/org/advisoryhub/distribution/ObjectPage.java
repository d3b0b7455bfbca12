package org.advisoryhub.distribution;

import java.util.List;

/** One page of a collection, oldest {@code date_added} first; {@code more} when the filter matches further rows. */
public record ObjectPage(List<ObjectRow> rows, boolean more) {}
