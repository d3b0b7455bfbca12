package org.advisoryhub.revision;

import java.time.Instant;
import org.advisoryhub.advisory.AdvisoryContent;

/** A published revision: its number, who published it and why, and the frozen content. */
public record RevisionResponse(String advisoryId, int number, String changeNote, String publishedBy,
        String publishedOrganization, Instant publishedAt, int indicatorCount, AdvisoryContent content) {
}
