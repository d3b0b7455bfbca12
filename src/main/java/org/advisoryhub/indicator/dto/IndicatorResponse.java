package org.advisoryhub.indicator.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.HashAlgorithm;
import org.advisoryhub.indicator.IndicatorKind;

/**
 * An indicator as the API shows it. {@code key} is stable across revisions; {@code id} exists only for
 * indicators of the working set (revisions are immutable and addressed by key).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorResponse(
        UUID id,
        UUID key,
        IndicatorKind kind,
        String value,
        String normalized,
        Chain chain,
        String chainName,
        String asset,
        HashAlgorithm hashAlgorithm,
        String fileName,
        String platform,
        Instant validFrom,
        Instant validUntil,
        Integer confidence,
        String description,
        String sourceName,
        String sourceUrl,
        PersonaDetails persona,
        Provenance provenance) {}
