package org.advisoryhub.console;

import java.time.LocalDate;
import java.util.List;
import org.advisoryhub.sighting.dto.SightingSummary;

/** The pictures of partners' sightings: per day and partner over a window, and the most-sighted indicators. */
final class SightingCharts {

    /** Days the charts look back over, today included. */
    static final int DAYS = 90;
    /** Indicators in the most-sighted chart. */
    static final int TOP = 10;

    private SightingCharts() {}

    /** Sightings per day over the last {@link #DAYS} days, stacked by partner, from any number of summaries. */
    static DayChart perDay(String id, LocalDate today, List<SightingSummary> summaries) {
        List<DayChart.Row> rows = summaries.stream()
                .flatMap(s -> s.days().stream())
                .map(d -> new DayChart.Row(d.day(), d.partner(), d.sightings()))
                .toList();
        return DayChart.of(id, today.minusDays(DAYS - 1), today, rows);
    }

    /** The most-sighted indicators of a summary, their kinds in the reader's language. */
    static RankedChart mostSighted(String id, SightingSummary summary, ConsoleMessages labels) {
        List<RankedChart.Item> items = summary.indicators().stream()
                .map(i -> new RankedChart.Item(i.value(), ConsoleFormats.kindIn(i.kind(), labels), i.sightings()))
                .toList();
        return RankedChart.of(id, items, TOP);
    }
}
