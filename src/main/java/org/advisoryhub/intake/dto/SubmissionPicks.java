package org.advisoryhub.intake.dto;

import java.util.List;

/** The choices to add to the advisory, by their {@code key}. */
public record SubmissionPicks(List<String> keys) {}
