package org.advisoryhub.revision;

import org.advisoryhub.indicator.IndicatorMapper;
import org.advisoryhub.indicator.dto.IndicatorResponse;
import org.advisoryhub.revision.dto.RevisionResponse;

/** Entity to API records for revisions. */
final class RevisionMapper {

    private RevisionMapper() {}

    static RevisionResponse toResponse(String publicId, AdvisoryRevision r) {
        return new RevisionResponse(
                publicId,
                r.number(),
                r.changeNote(),
                r.publishedBy(),
                r.publishedOrg(),
                r.publishedAt(),
                r.reviewBy(),
                r.indicatorCount(),
                r.content());
    }

    static IndicatorResponse toResponse(RevisionIndicator i) {
        return IndicatorMapper.toResponse(null, i.key(), i.values());
    }
}
