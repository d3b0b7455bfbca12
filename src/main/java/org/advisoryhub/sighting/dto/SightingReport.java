package org.advisoryhub.sighting.dto;

/**
 * A partner's report that it saw an indicator: the indicator's STIX id (as screening and the feeds give it),
 * when it was first and last seen (RFC 3339; both default to now), how many times (default 1) and a note.
 */
public record SightingReport(String indicator, String firstSeen, String lastSeen, Long count, String note) {}
