package org.advisoryhub.advisory.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.advisoryhub.advisory.AdvisoryStatus;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.Translation;

/** An advisory in a list: enough to choose one, without the body (translations carry title and summary only). */
public record AdvisorySummary(
        String id,
        AdvisoryStatus status,
        Tlp tlp,
        String title,
        String summary,
        Map<String, Translation> translations,
        List<String> coauthors,
        List<String> threatActors,
        int publishedRevision,
        Instant createdAt,
        Instant updatedAt) {}
