package org.advisoryhub.screening.dto;

import java.util.List;

/** A screened value (by its position in the request) and every visible indicator it matched. */
public record ScreenMatch(int index, String value, String normalized, List<ScreenHit> hits) {}
