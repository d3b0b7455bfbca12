package org.advisoryhub.common.paging;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Keyset paging, written once: fetch one row more than the page holds (that row only says a next page exists), keep
 * the page, and make {@code next} from the position of its last row.
 */
public final class Keyset {

    private Keyset() {}

    /**
     * @param size     rows per page
     * @param fetch    reads up to the given number of rows after the requested position, in sort order
     * @param position the sort key of a row
     * @param item     a row as the API returns it
     */
    public static <R, T> Page<T> page(
            int size, IntFunction<List<R>> fetch, Function<R, Cursor> position, Function<R, T> item) {
        List<R> rows = fetch.apply(size + 1);
        boolean more = rows.size() > size;
        List<R> shown = more ? rows.subList(0, size) : rows;
        String next = more ? position.apply(shown.get(size - 1)).encode() : null;
        return new Page<>(shown.stream().map(item).toList(), next);
    }
}
