package org.advisoryhub.revision.dto;

import java.time.Instant;
import org.advisoryhub.advisory.AdvisoryContent;

/**
 * A published revision: its number, who published it and why, the date it is due for review (its indicators without
 * their own end are published valid until then), and the frozen content.
 */
public record RevisionResponse(
        String advisoryId,
        int number,
        String changeNote,
        String publishedBy,
        String publishedOrganization,
        Instant publishedAt,
        Instant reviewBy,
        int indicatorCount,
        AdvisoryContent content) {}
