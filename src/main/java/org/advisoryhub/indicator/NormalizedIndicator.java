package org.advisoryhub.indicator;

import java.time.Instant;
import org.advisoryhub.indicator.dto.PersonaDetails;

/** A checked indicator in canonical form, ready to store; {@code dedupeKey} decides what counts as the same. */
public record NormalizedIndicator(
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
        PersonaDetails persona) {

    /** Same kind, same qualifier (chain or platform), same canonical value: the same indicator. */
    public String dedupeKey() {
        String qualifier = switch (kind) {
            case CRYPTO_ADDRESS ->
                chain == Chain.OTHER ? "other/" + chainName : chain.name().toLowerCase();
            case ACCOUNT, PACKAGE, PAYMENT_ACCOUNT, PROFILE -> platform;
            default -> "";
        };
        return kind.label() + ":" + qualifier + ":" + normalized;
    }
}
