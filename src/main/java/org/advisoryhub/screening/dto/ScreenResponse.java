package org.advisoryhub.screening.dto;

import java.util.List;

/** The result of screening: only the values that matched, and those that could not be read. */
public record ScreenResponse(int screened, int matched, List<ScreenMatch> matches, List<UnreadableValue> unreadable) {}
