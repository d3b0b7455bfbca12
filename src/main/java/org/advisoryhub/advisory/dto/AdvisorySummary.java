package org.advisoryhub.advisory.dto;

import java.time.Instant;
import java.util.List;
import org.advisoryhub.advisory.AdvisoryStatus;
import org.advisoryhub.advisory.Tlp;

/** An advisory in a list: enough to choose one, without the body. */
public record AdvisorySummary(
        String id,
        AdvisoryStatus status,
        Tlp tlp,
        String title,
        String summary,
        List<String> coauthors,
        List<String> threatActors,
        int publishedRevision,
        Instant createdAt,
        Instant updatedAt) {}
