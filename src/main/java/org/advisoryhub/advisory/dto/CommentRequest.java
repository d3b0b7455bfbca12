package org.advisoryhub.advisory.dto;

import jakarta.validation.constraints.Size;

/** An optional comment, e.g. why a reviewer sends an advisory back to its drafters. */
public record CommentRequest(@Size(max = 5000) String comment) {
}
