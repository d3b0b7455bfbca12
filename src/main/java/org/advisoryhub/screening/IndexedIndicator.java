package org.advisoryhub.screening;

import java.time.Instant;
import java.util.UUID;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.IndicatorKind;

/**
 * One indicator of one advisory as the screening index holds it: its attributes in the latest revision that had
 * it, and the numbers of every published revision that had it.
 */
record IndexedIndicator(
        PublishedAdvisory advisory,
        UUID key,
        IndicatorKind kind,
        String value,
        Chain chain,
        String chainName,
        String asset,
        String platform,
        int[] revisions,
        Instant validUntil) {

    /** Still in force: the advisory is not withdrawn, its latest revision keeps the indicator, and it has not expired. */
    boolean activeAt(Instant now) {
        return !advisory.withdrawn()
                && revisions[revisions.length - 1] == advisory.revision()
                && (validUntil == null || validUntil.isAfter(now));
    }
}
