package org.advisoryhub.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.advisoryhub.advisory.Tlp;
import org.advisoryhub.advisory.Visibility;
import org.junit.jupiter.api.Test;

/** Which reads the head answers from memory, and when it stops. No database: the query is counted. */
class TaxiiHeadMemoryTest {

    private static final Instant T = Instant.parse("2026-11-30T10:00:00.000001Z");
    private static final Audience GREEN = audience(Tlp.GREEN, "org-a");

    private final TaxiiHead head = new TaxiiHead(null);
    private final AtomicInteger queries = new AtomicInteger();

    private static Audience audience(Tlp ceiling, String organization) {
        return new Audience(new Visibility.PartnerView(ceiling, false, organization), List.of(), null);
    }

    private static ObjectFilter after(Instant after) {
        return new ObjectFilter(after, 100, List.of(), List.of(), ObjectFilter.Versions.LAST, List.of(), true);
    }

    private ObjectPage read(Audience audience, ObjectFilter filter) {
        return head.read(audience, filter, null, () -> {
            queries.incrementAndGet();
            return new ObjectPage(List.of(), false);
        });
    }

    @Test
    void shouldAnswerARepeatedEmptyPollFromMemoryUntilTheTableChanges() {
        read(GREEN, after(T));
        read(GREEN, after(T));
        read(GREEN, after(T.plusSeconds(1))); // later than a position known empty: empty too
        assertEquals(1, queries.get());

        read(GREEN, after(T.minusSeconds(1))); // earlier: it may hold what the first one did not
        read(audience(Tlp.AMBER, "org-a"), after(T)); // another audience
        read(audience(Tlp.GREEN, "org-b"), after(T));
        read(
                GREEN,
                new ObjectFilter(T, 100, List.of(), List.of("indicator"), ObjectFilter.Versions.LAST, List.of(), true));
        assertEquals(5, queries.get());

        head.notified(null, Set.of(T.plusSeconds(5).toString())); // another instance appended
        read(GREEN, after(T));
        read(GREEN, after(T));
        assertEquals(6, queries.get());
    }

    @Test
    void shouldNotRememberWhatTheQueryFoundOrWhatChangedWhileItRan() {
        ObjectRow row = new ObjectRow(T.plusSeconds(1), "indicator--x", T, "{}".getBytes());
        head.read(GREEN, after(T), null, () -> {
            queries.incrementAndGet();
            return new ObjectPage(List.of(row), false);
        });
        head.read(GREEN, after(T), null, () -> {
            queries.incrementAndGet();
            head.notified(null, Set.of(T.plusSeconds(2).toString())); // appended while this query ran
            return new ObjectPage(List.of(), false);
        });
        read(GREEN, after(T));
        assertEquals(3, queries.get());
    }

    @Test
    void shouldAskTheDatabaseForEveryReadFromTheStartOfAFeed() {
        read(GREEN, after(null));
        read(GREEN, after(null));
        assertEquals(2, queries.get());
    }
}
