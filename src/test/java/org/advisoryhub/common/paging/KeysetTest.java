package org.advisoryhub.common.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.advisoryhub.common.error.ValidationFailedException;
import org.junit.jupiter.api.Test;

class KeysetTest {

    private static final List<Integer> ROWS =
            IntStream.rangeClosed(1, 7).boxed().toList();

    /** Reads rows after a position, as a repository would. */
    private static List<Integer> after(Cursor cursor, int n) {
        long from = cursor == null ? 0 : cursor.sequence();
        return ROWS.stream().filter(r -> r > from).limit(n).toList();
    }

    @Test
    void shouldWalkEveryRowOnceAndStopWithoutAnEmptyPage() {
        List<Integer> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Cursor cursor = null;
        do {
            Cursor at = cursor;
            Page<String> page = Keyset.page(3, n -> after(at, n), r -> Cursor.after(r.longValue()), r -> "row " + r);
            page.items().forEach(i -> seen.add(Integer.parseInt(i.substring(4))));
            sizes.add(page.items().size());
            cursor = Cursor.decode(page.next());
        } while (cursor != null);
        assertThat(seen).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(sizes).containsExactly(3, 3, 1);
    }

    @Test
    void shouldGiveNoNextWhenThePageIsExactlyFull() {
        Page<Integer> page = Keyset.page(7, n -> after(null, n), r -> Cursor.after(r.longValue()), r -> r);
        assertThat(page.items()).hasSize(7);
        assertThat(page.next()).isNull();
    }

    @Test
    void shouldRoundTripEveryKindOfPositionInOneOpaqueFormat() {
        Instant at = Instant.parse("2026-11-30T01:02:03.123456789Z");
        UUID id = UUID.fromString("6f0e2b1c-8d4a-4c3e-9b7f-1a2d3e4f5a6b");
        for (Cursor c : List.of(Cursor.at(at, id), Cursor.at(at), Cursor.after(id), Cursor.after(42L))) {
            String text = c.encode();
            assertThat(text).matches("[A-Za-z0-9_-]+");
            assertThat(Cursor.decode(text)).isEqualTo(c);
        }
        assertThat(Cursor.decode(null)).isNull();
        assertThat(Cursor.decode(" ")).isNull();
    }

    @Test
    void shouldRefuseCursorsThisApiDidNotIssue() {
        for (String forged : List.of("not-a-cursor", "MTIz", UUID.randomUUID().toString(), "42")) {
            assertThatThrownBy(() -> Cursor.decode(forged))
                    .isInstanceOf(ValidationFailedException.class)
                    .satisfies(e -> assertThat(((ValidationFailedException) e)
                                    .violations()
                                    .get(0)
                                    .field())
                            .isEqualTo("cursor"));
        }
        assertThatThrownBy(() -> Cursor.limit(0, 50, 500)).isInstanceOf(ValidationFailedException.class);
        assertThat(Cursor.limit(null, 50, 500)).isEqualTo(50);
        assertThat(Cursor.limit(10_000, 50, 500)).isEqualTo(500);
    }

    @Test
    void shouldServeAShortListWholeInTheSameEnvelope() {
        Page<String> page = Page.whole(List.of("a", "b"));
        assertThat(page.items()).containsExactly("a", "b");
        assertThat(page.next()).isNull();
    }
}
