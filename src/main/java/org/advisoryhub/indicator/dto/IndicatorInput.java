package org.advisoryhub.indicator.dto;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One indicator as a client sends it. Everything but {@code value} is optional: the kind and chain are
 * detected when absent. Fields stay text so that a bad item is reported on its own, not as a broken body.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IndicatorInput(
        String kind,
        String value,
        String chain,
        String chainName,
        String asset,
        String hashAlgorithm,
        String fileName,
        String platform,
        String validFrom,
        String validUntil,
        Integer confidence,
        String description,
        String sourceName,
        String sourceUrl,
        PersonaDetails persona) {

    public static IndicatorInput ofValue(String value) {
        return new IndicatorInput(
                null, value, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Fills each empty field from the defaults. */
    public IndicatorInput withDefaults(IndicatorInput d) {
        if (d == null) {
            return this;
        }
        return new IndicatorInput(
                or(kind, d.kind),
                value,
                or(chain, d.chain),
                or(chainName, d.chainName),
                or(asset, d.asset),
                or(hashAlgorithm, d.hashAlgorithm),
                or(fileName, d.fileName),
                or(platform, d.platform),
                or(validFrom, d.validFrom),
                or(validUntil, d.validUntil),
                confidence != null ? confidence : d.confidence,
                or(description, d.description),
                or(sourceName, d.sourceName),
                or(sourceUrl, d.sourceUrl),
                persona);
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
