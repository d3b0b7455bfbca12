package org.advisoryhub.signoff.dto;

import java.time.Instant;

/** A review comment; {@code kind} is {@code comment} or {@code changes-requested}. */
public record CommentResponse(
        String author, String organizationId, int revision, String kind, String text, Instant createdAt) {}
