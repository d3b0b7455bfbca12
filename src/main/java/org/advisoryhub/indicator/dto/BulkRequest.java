package org.advisoryhub.indicator.dto;

import java.util.List;

/**
 * A bulk add or validation: either structured {@code items}, or pasted {@code text} (one value per line,
 * or CSV with a header row). {@code defaults} fill fields an item leaves empty (chain, source, validFrom…).
 */
public record BulkRequest(List<IndicatorInput> items, String text, String format, IndicatorInput defaults) {}
