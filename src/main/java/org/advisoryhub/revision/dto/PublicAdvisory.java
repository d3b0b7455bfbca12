package org.advisoryhub.revision.dto;

import java.time.Instant;
import java.util.List;
import org.advisoryhub.indicator.dto.IndicatorResponse;

/**
 * An advisory as anyone may read it: its latest published revision, which is TLP:CLEAR; the revisions that were CLEAR
 * too, oldest first; the latest revision's indicators; and when it was withdrawn, if it was (then without indicators).
 */
public record PublicAdvisory(
        String id,
        RevisionResponse latest,
        List<RevisionResponse> revisions,
        List<IndicatorResponse> indicators,
        Instant withdrawnAt) {}
