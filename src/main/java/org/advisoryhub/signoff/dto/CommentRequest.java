package org.advisoryhub.signoff.dto;

/** A review comment; SignoffService checks it for every path (words, at most 5,000 characters). */
public record CommentRequest(String text) {}
