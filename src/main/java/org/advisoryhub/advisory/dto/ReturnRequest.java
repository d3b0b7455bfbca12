package org.advisoryhub.advisory.dto;

import jakarta.validation.constraints.Size;

/** What to change in a returned draft, recorded as a review comment. */
public record ReturnRequest(@Size(max = 5000) String comment) {}
