package org.advisoryhub.intake.dto;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A bundle taken into an advisory: its ids, creators, who took it in and when, and each indicator's source. */
public record IntakeRecordResponse(
        UUID id,
        String bundleId,
        String reportId,
        List<String> creators,
        int objects,
        String receivedBy,
        Instant receivedAt,
        List<Item> indicators) {

    /** Where one indicator came from. */
    public record Item(
            UUID indicatorId,
            String kind,
            String normalized,
            String objectId,
            String createdBy,
            List<org.advisoryhub.indicator.dto.Provenance.SourceReference> references) {}
}
