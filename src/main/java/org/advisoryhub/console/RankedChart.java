package org.advisoryhub.console;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars for the largest few counts (the most-sighted indicators), laid out for an SVG the page draws. Long
 * labels are shortened on the picture; each bar's tooltip and the table beside it keep the full value.
 */
public record RankedChart(String id, List<Row> rows, int height) {

    static final int WIDTH = 720;
    static final int ROW = 24;
    static final int LABEL = 300;
    static final int LONGEST_LABEL = 40;

    /** One bar: the full label, the shortened one drawn, the count and the bar's geometry. */
    public record Row(String label, String shown, String detail, long count, double y, double width) {

        public double textY() {
            return y + 16;
        }

        public double barY() {
            return y + 4;
        }

        public double countX() {
            return LABEL + width + 6;
        }
    }

    public int width() {
        return WIDTH;
    }

    public int barsFrom() {
        return LABEL;
    }

    /** At most {@code limit} items, largest first as given. */
    static RankedChart of(String id, List<Item> items, int limit) {
        List<Item> top = items.stream().limit(limit).toList();
        long max = top.stream().mapToLong(Item::count).max().orElse(1);
        double room = WIDTH - LABEL - 60;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            Item item = top.get(i);
            rows.add(new Row(
                    item.label(),
                    shorten(item.label()),
                    item.detail(),
                    item.count(),
                    i * ROW,
                    Math.max(2, Math.round(room * item.count() / max * 10) / 10.0)));
        }
        return new RankedChart(id, rows, Math.max(ROW, rows.size() * ROW));
    }

    /** One thing counted: its label (an indicator value), what it is (its kind) and the count. */
    record Item(String label, String detail, long count) {}

    /** Keeps the start and the end of a long value (addresses differ at both), with an ellipsis between. */
    static String shorten(String label) {
        if (label.length() <= LONGEST_LABEL) {
            return label;
        }
        int keep = (LONGEST_LABEL - 1) / 2;
        return label.substring(0, keep) + "…" + label.substring(label.length() - keep);
    }
}
