package org.advisoryhub.stix;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.advisoryhub.actor.dto.ActorResponse;
import org.advisoryhub.advisory.AdvisoryContent;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.organization.OrganizationKind;

/**
 * Everything one published revision says, as input to the STIX mapping; {@code actors} are the catalog entries its
 * actors point at, as the catalog has them now.
 */
public record AdvisorySnapshot(
        String publicId,
        int revision,
        Instant publishedAt,
        String ownerOrganization,
        AdvisoryContent content,
        Map<String, Org> organizations,
        Map<UUID, ActorResponse> actors,
        List<IndicatorResponse> indicators) {

    /** An organization named by the advisory, with the times its identity object was created and last changed. */
    public record Org(
            String id, String name, String country, OrganizationKind kind, Instant createdAt, Instant updatedAt) {}
}
