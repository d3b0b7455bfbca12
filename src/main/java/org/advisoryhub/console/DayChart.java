package org.advisoryhub.console;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A bar per day over a window of days, each bar stacked by series (partners, say), laid out for an SVG the page draws
 * itself: no script, no outside library. Every number is computed here; the template only places what it gets, and
 * Qute escapes every label. The same counts go into a table for readers who do not see the picture.
 */
public record DayChart(
        String id,
        List<Bar> bars,
        List<Series> series,
        List<Tick> xTicks,
        List<Tick> yTicks,
        List<Row> rows,
        long total) {

    static final int WIDTH = 720;
    static final int HEIGHT = 220;
    static final int LEFT = 44;
    static final int RIGHT = 8;
    static final int TOP = 10;
    static final int BOTTOM = 30;
    /** Series beyond these many are drawn together as one, so every colour stays distinguishable. */
    static final int MAX_SERIES = 6;

    private static final String OTHERS = "…";

    /** One rectangle: a series' count on a day. */
    public record Bar(double x, double y, double width, double height, int series, String tip) {}

    /** A series and its colour class ({@code series-0} …); {@code grouped} is the one that holds the smallest ones. */
    public record Series(String name, int index, boolean grouped) {
        public String css() {
            return "series-" + index;
        }
    }

    /** An axis label and where it goes. */
    public record Tick(double at, String label) {}

    /** A day's counts, for the table. */
    public record Row(LocalDate day, String series, long count) {}

    public int width() {
        return WIDTH;
    }

    public int height() {
        return HEIGHT;
    }

    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public int plotLeft() {
        return LEFT;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public int plotTop() {
        return TOP;
    }

    /** Where the y-axis labels end, just left of the plot. */
    public int yLabelX() {
        return LEFT - 6;
    }

    /** The baseline of the x-axis labels. */
    public int xLabelY() {
        return HEIGHT - 10;
    }

    public boolean empty() {
        return total == 0;
    }

    /**
     * Lays out counts per (day, series) from {@code from} to {@code to}, both included; counts outside are left out.
     * Series are ordered by their total, the largest first; those past {@link #MAX_SERIES} - 1 share the last colour.
     */
    static DayChart of(String id, LocalDate from, LocalDate to, List<Row> counts) {
        List<Row> inside = counts.stream()
                .filter(r -> !r.day().isBefore(from) && !r.day().isAfter(to) && r.count() > 0)
                .toList();
        List<String> names = seriesByTotal(inside);
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String name : names) {
            index.put(name, Math.min(index.size(), MAX_SERIES - 1));
        }
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        long[][] stack = new long[days][MAX_SERIES];
        for (Row r : inside) {
            stack[(int) ChronoUnit.DAYS.between(from, r.day())][index.get(r.series())] += r.count();
        }
        long max = 0;
        for (long[] day : stack) {
            long sum = 0;
            for (long n : day) {
                sum += n;
            }
            max = Math.max(max, sum);
        }
        long top = niceTop(max);
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double column = plotWidth / days;
        List<Bar> bars = new ArrayList<>();
        List<Series> legend = legend(names);
        for (int d = 0; d < days; d++) {
            double y = HEIGHT - BOTTOM;
            for (int s = 0; s < MAX_SERIES; s++) {
                if (stack[d][s] == 0) {
                    continue;
                }
                double h = plotHeight * stack[d][s] / top;
                y -= h;
                String tip = from.plusDays(d) + " · " + legend.get(s).name() + ": " + stack[d][s];
                bars.add(new Bar(
                        round(LEFT + d * column + column * 0.1), round(y), round(column * 0.8), round(h), s, tip));
            }
        }
        List<Tick> xTicks = new ArrayList<>();
        int step = Math.max(1, days / 6);
        for (int d = 0; d < days; d += step) {
            xTicks.add(new Tick(
                    round(LEFT + d * column + column / 2),
                    from.plusDays(d).toString().substring(5)));
        }
        List<Tick> yTicks = List.of(
                new Tick(HEIGHT - BOTTOM, "0"),
                new Tick(round(TOP + plotHeight / 2), String.valueOf(top / 2)),
                new Tick(TOP, String.valueOf(top)));
        long total = inside.stream().mapToLong(Row::count).sum();
        return new DayChart(id, bars, legend, xTicks, yTicks, inside, total);
    }

    private static List<String> seriesByTotal(List<Row> rows) {
        Map<String, Long> totals = new LinkedHashMap<>();
        rows.forEach(r -> totals.merge(r.series(), r.count(), Long::sum));
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static List<Series> legend(List<String> names) {
        List<Series> out = new ArrayList<>();
        for (int i = 0; i < Math.min(names.size(), MAX_SERIES); i++) {
            boolean grouped = i == MAX_SERIES - 1 && names.size() > MAX_SERIES;
            out.add(new Series(grouped ? OTHERS : names.get(i), i, grouped));
        }
        return out;
    }

    /** The axis top: the maximum rounded up to 2, 4, 6, 8 or 10 times a power of ten, so its half is whole. */
    static long niceTop(long max) {
        long magnitude = 1;
        while (magnitude * 10 < max) {
            magnitude *= 10;
        }
        for (long f = 2; f <= 10; f += 2) {
            if (f * magnitude >= max) {
                return f * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
