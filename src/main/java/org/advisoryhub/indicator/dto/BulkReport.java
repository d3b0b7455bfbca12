package org.advisoryhub.indicator.dto;

import java.util.List;

/** Per-item answer of a bulk add or validation; {@code saved} is false for dry runs and refused requests. */
public record BulkReport(
        boolean valid,
        boolean saved,
        int total,
        int added,
        int merged,
        int duplicates,
        int invalid,
        List<BulkItemResult> items) {

    public static BulkReport of(List<BulkItemResult> items, boolean saved) {
        int added = count(items, BulkItemResult.Status.ADDED);
        int merged = count(items, BulkItemResult.Status.MERGED);
        int duplicates = count(items, BulkItemResult.Status.DUPLICATE);
        int invalid = count(items, BulkItemResult.Status.INVALID);
        return new BulkReport(invalid == 0, saved, items.size(), added, merged, duplicates, invalid, items);
    }

    private static int count(List<BulkItemResult> items, BulkItemResult.Status status) {
        return (int) items.stream().filter(i -> i.status() == status).count();
    }
}
