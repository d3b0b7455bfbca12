package org.advisoryhub.indicator;

import java.util.UUID;
import org.advisoryhub.indicator.dto.IndicatorResponse;

/** Stored indicator values to the API record, for the working set and for revisions alike. */
public final class IndicatorMapper {

    private IndicatorMapper() {}

    public static IndicatorResponse toResponse(Indicator i) {
        return toResponse(i.id(), i.key(), i.values());
    }

    public static IndicatorResponse toResponse(UUID id, UUID key, IndicatorValues v) {
        return new IndicatorResponse(
                id,
                key,
                v.kind(),
                v.value(),
                v.normalized(),
                v.chain(),
                v.chainName(),
                v.asset(),
                v.hashAlgorithm(),
                v.fileName(),
                v.platform(),
                v.validFrom(),
                v.validUntil(),
                v.confidence(),
                v.description(),
                v.sourceName(),
                v.sourceUrl(),
                v.persona(),
                v.provenance());
    }
}
