package org.advisoryhub.screening;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.IntStream;
import org.advisoryhub.indicator.Chain;
import org.advisoryhub.indicator.IndicatorKind;

/**
 * One indicator of one advisory as the screening index holds it: its attributes in the latest revision that had it,
 * and the revisions that had it as spans: pairs of first and last revision, the last one {@link #OPEN} while the
 * advisory's latest revision keeps it.
 */
record IndexedIndicator(
        IndexedAdvisory of,
        UUID key,
        IndicatorKind kind,
        String value,
        Chain chain,
        String chainName,
        String asset,
        String platform,
        int[] spans,
        Instant validUntil) {

    /** The last revision of a span the latest revision still has. */
    static final int OPEN = -1;

    PublishedAdvisory advisory() {
        return of.current();
    }

    /** The numbers of every published revision that had the indicator. */
    int[] revisions() {
        int latest = advisory().revision();
        IntStream.Builder out = IntStream.builder();
        for (int i = 0; i < spans.length; i += 2) {
            int last = spans[i + 1] == OPEN ? Math.max(spans[i], latest) : spans[i + 1];
            for (int r = spans[i]; r <= last; r++) {
                out.add(r);
            }
        }
        return out.build().toArray();
    }

    /** Still in force: the advisory is not withdrawn, its latest revision keeps the indicator, and it has not expired. */
    boolean activeAt(Instant now) {
        return !advisory().withdrawn()
                && spans[spans.length - 1] == OPEN
                && (validUntil == null || validUntil.isAfter(now));
    }
}
