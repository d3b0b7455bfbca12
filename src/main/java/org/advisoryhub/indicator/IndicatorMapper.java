package org.advisoryhub.indicator;

import org.advisoryhub.indicator.dto.IndicatorResponse;

/** Entity to API record for working-set indicators. */
public final class IndicatorMapper {

    private IndicatorMapper() {
    }

    public static IndicatorResponse toResponse(Indicator i) {
        return new IndicatorResponse(i.id(), i.key(), i.kind().label(), i.value(), i.normalized(), name(i.chain()),
                i.chainName(), i.asset(), i.hashAlgorithm() == null ? null : i.hashAlgorithm().stixName(),
                i.fileName(), i.platform(), i.validFrom(), i.validUntil(), i.confidence(), i.description(),
                i.sourceName(), i.sourceUrl());
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
