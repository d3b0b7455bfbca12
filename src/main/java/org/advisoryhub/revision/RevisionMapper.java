package org.advisoryhub.revision;

import org.advisoryhub.indicator.dto.IndicatorResponse;

/** Entity to API records for revisions. */
final class RevisionMapper {

    private RevisionMapper() {
    }

    static RevisionResponse toResponse(String publicId, AdvisoryRevision r) {
        return new RevisionResponse(publicId, r.number(), r.changeNote(), r.publishedBy(), r.publishedOrg(),
                r.publishedAt(), r.indicatorCount(), r.content());
    }

    static IndicatorResponse toResponse(RevisionIndicator i) {
        return new IndicatorResponse(null, i.key(), i.kind().label(), i.value(), i.normalized(),
                i.chain() == null ? null : i.chain().name(), i.chainName(), i.asset(),
                i.hashAlgorithm() == null ? null : i.hashAlgorithm().stixName(), i.fileName(), i.platform(),
                i.validFrom(), i.validUntil(), i.confidence(), i.description(), i.sourceName(), i.sourceUrl());
    }
}
