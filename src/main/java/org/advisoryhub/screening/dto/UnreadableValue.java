package org.advisoryhub.screening.dto;

/** A screened value that is not a valid indicator of any kind, and why; it cannot match anything. */
public record UnreadableValue(int index, String value, String reason) {}
