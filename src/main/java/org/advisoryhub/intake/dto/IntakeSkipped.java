package org.advisoryhub.intake.dto;

/** An object of the bundle that gave no indicator, and why. */
public record IntakeSkipped(String objectId, String type, String reason) {}
