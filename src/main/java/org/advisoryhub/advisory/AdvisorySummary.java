package org.advisoryhub.advisory;

import java.time.Instant;
import java.util.List;

/** An advisory in a list: enough to choose one, without the body. */
public record AdvisorySummary(String id, AdvisoryStatus status, Tlp tlp, String title, String summary,
        List<String> coauthors, List<String> threatActors, int publishedRevision, Instant createdAt, Instant updatedAt) {
}
