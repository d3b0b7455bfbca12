package org.advisoryhub.sighting.dto;

/** Why a sighting is hidden, optionally. */
public record HideRequest(String reason) {}
