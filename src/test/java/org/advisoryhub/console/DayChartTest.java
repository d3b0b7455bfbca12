package org.advisoryhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry of the server-drawn charts. */
class DayChartTest {

    private static final LocalDate FROM = LocalDate.parse("2026-09-01");
    private static final LocalDate TO = LocalDate.parse("2026-09-10");

    @Test
    void shouldStackEachDayBySeriesLargestSeriesFirst() {
        DayChart chart = DayChart.of(
                "c",
                FROM,
                TO,
                List.of(
                        new DayChart.Row(FROM, "exchange-b", 1),
                        new DayChart.Row(FROM, "exchange-a", 3),
                        new DayChart.Row(FROM.plusDays(2), "exchange-a", 4),
                        new DayChart.Row(FROM.minusDays(1), "exchange-c", 50),
                        new DayChart.Row(TO.plusDays(1), "exchange-c", 50)));
        // Outside the window counts nothing, in the picture or the table.
        assertThat(chart.total()).isEqualTo(8);
        assertThat(chart.rows()).extracting(DayChart.Row::series).doesNotContain("exchange-c");
        assertThat(chart.series()).extracting(DayChart.Series::name).containsExactly("exchange-a", "exchange-b");

        // Day one: a's 3 at the bottom, b's 1 on top; both as tall as their counts on the same scale.
        List<DayChart.Bar> first =
                chart.bars().stream().filter(b -> b.x() < 100).toList();
        assertThat(first).hasSize(2);
        DayChart.Bar a = first.get(0);
        DayChart.Bar b = first.get(1);
        assertThat(a.series()).isZero();
        assertThat(a.y() + a.height()).isCloseTo(chart.plotBottom(), org.assertj.core.data.Offset.offset(0.11));
        assertThat(b.y() + b.height()).isCloseTo(a.y(), org.assertj.core.data.Offset.offset(0.11));
        assertThat(a.height() / b.height()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(0.05));
        assertThat(a.tip()).isEqualTo("2026-09-01 · exchange-a: 3");
        // The tallest day (4) is under the axis top (4), which has a whole half.
        assertThat(chart.yTicks()).extracting(DayChart.Tick::label).containsExactly("0", "2", "4");
    }

    @Test
    void shouldDrawTheSmallestSeriesTogetherBeyondSixColours() {
        List<DayChart.Row> rows = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            rows.add(new DayChart.Row(FROM, "partner-" + i, 20 - i));
        }
        DayChart chart = DayChart.of("c", FROM, TO, rows);
        assertThat(chart.series()).hasSize(DayChart.MAX_SERIES);
        assertThat(chart.series().get(5).grouped()).isTrue();
        assertThat(chart.series().subList(0, 5)).noneMatch(DayChart.Series::grouped);
        // One bar per colour on that day: the last one holds partners 5 to 8 (15 + 14 + 13 + 12).
        List<DayChart.Bar> bars = chart.bars();
        assertThat(bars).hasSize(6);
        assertThat(bars.get(5).tip()).endsWith(": 54");
        assertThat(chart.total())
                .isEqualTo(rows.stream().mapToLong(DayChart.Row::count).sum());
    }

    @Test
    void shouldSayEmptyWhenNothingFallsInTheWindow() {
        assertThat(DayChart.of("c", FROM, TO, List.of()).empty()).isTrue();
        assertThat(DayChart.of("c", FROM, TO, List.of(new DayChart.Row(TO.plusDays(3), "x", 2)))
                        .empty())
                .isTrue();
    }

    @Test
    void shouldRoundTheAxisUpToAWholeHalf() {
        assertThat(DayChart.niceTop(0)).isEqualTo(2);
        assertThat(DayChart.niceTop(1)).isEqualTo(2);
        assertThat(DayChart.niceTop(3)).isEqualTo(4);
        assertThat(DayChart.niceTop(7)).isEqualTo(8);
        assertThat(DayChart.niceTop(10)).isEqualTo(10);
        assertThat(DayChart.niceTop(11)).isEqualTo(20);
        assertThat(DayChart.niceTop(45)).isEqualTo(60);
        assertThat(DayChart.niceTop(999)).isEqualTo(1000);
    }

    @Test
    void shouldShortenLongValuesKeepingBothEnds() {
        String address = "0x098b716b8aaf21512996dc57eb0615e2383e2f96";
        String shown = RankedChart.shorten(address);
        assertThat(shown)
                .hasSizeLessThanOrEqualTo(RankedChart.LONGEST_LABEL)
                .startsWith("0x098b")
                .endsWith("e2f96")
                .contains("…");
        assertThat(RankedChart.shorten("short.example.org")).isEqualTo("short.example.org");
        RankedChart chart = RankedChart.of(
                "r",
                List.of(
                        new RankedChart.Item(address, "Crypto address", 8),
                        new RankedChart.Item("b.example", "Domain", 2)),
                10);
        assertThat(chart.rows().get(0).width())
                .isCloseTo(4 * chart.rows().get(1).width(), org.assertj.core.data.Offset.offset(0.2));
        assertThat(chart.rows().get(0).label()).isEqualTo(address);
    }
}
