package org.advisoryhub.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Values written through COPY's text format read back exactly: escapes, line ends, NULL, non-ASCII, large chunks. */
class CopyTextTest {

    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void shouldReadBackWhatWasWritten() throws Exception {
        List<String> values = List.of(
                "plain",
                "tab\there",
                "lines\nand\r\nends",
                "back\\slash \\N \\t",
                "{\"json\":\"with \\\"quotes\\\" and \\\\n\"}",
                "북한 해킹 그룹 🔑",
                "",
                "x".repeat(200_000));
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create temp table copied (n integer, v text, b text)");
            try (CopyText copy = CopyText.start(c, "copy copied (n, v, b) from stdin")) {
                for (int i = 0; i < values.size(); i++) {
                    copy.field(Integer.toString(i))
                            .field(values.get(i))
                            .field(i % 2 == 0 ? null : values.get(i).getBytes(StandardCharsets.UTF_8));
                    copy.endRow();
                }
                assertThat(copy.finish()).isEqualTo(values.size());
            }
            List<String> read = new ArrayList<>();
            List<String> bytes = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select v, b from copied order by n")) {
                while (rs.next()) {
                    read.add(rs.getString("v"));
                    bytes.add(rs.getString("b"));
                }
            }
            assertThat(read).isEqualTo(values);
            for (int i = 0; i < values.size(); i++) {
                assertThat(bytes.get(i)).isEqualTo(i % 2 == 0 ? null : values.get(i));
            }
        }
    }

    @Test
    void shouldLeaveTheConnectionUsableWhenACopyIsAbandoned() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create temp table abandoned (n integer)");
            assertThatThrownBy(() -> {
                        try (CopyText copy = CopyText.start(c, "copy abandoned (n) from stdin")) {
                            copy.field("1").endRow();
                            throw new IllegalStateException("the caller fails half way");
                        }
                    })
                    .hasMessageContaining("half way");
            try (ResultSet rs = s.executeQuery("select count(*) from abandoned")) {
                rs.next();
                assertThat(rs.getInt(1)).isZero();
            }
        }
    }

    @Test
    void shouldWriteTimestampsAsPostgreSQLReadsThem() throws Exception {
        List<Instant> times = List.of(
                Instant.parse("2026-11-30T12:09:57.961309Z"),
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("1999-12-31T23:59:59.999999Z"),
                Instant.parse("1969-07-20T20:17:40.5Z"),
                Instant.parse("0999-03-04T05:06:07.000008Z"),
                Instant.parse("2026-11-30T12:09:57.123456789Z"));
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("set timezone = 'Asia/Seoul'");
            s.execute("create temp table stamped (n integer, t timestamptz)");
            try (CopyText copy = CopyText.start(c, "copy stamped (n, t) from stdin")) {
                for (int i = 0; i < times.size(); i++) {
                    copy.field(Integer.toString(i)).field(times.get(i)).endRow();
                }
                copy.field("99").field((Instant) null).endRow();
                copy.finish();
            }
            List<Instant> read = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select t from stamped order by n")) {
                while (rs.next()) {
                    OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
                    read.add(t == null ? null : t.toInstant());
                }
            }
            List<Instant> expected = new ArrayList<>(times.subList(0, times.size() - 1));
            // PostgreSQL keeps microseconds and rounds the rest.
            expected.add(Instant.parse("2026-11-30T12:09:57.123457Z"));
            expected.add(null);
            assertThat(read).isEqualTo(expected);
        }
    }

    @Test
    void shouldSendRowsEncodedAheadInTheirOrder() throws Exception {
        List<Integer> numbers = IntStream.range(0, 25_000).boxed().toList();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create temp table ahead (position serial, n integer, v text)");
            try (CopyText copy = CopyText.start(c, "copy ahead (n, v) from stdin")) {
                copy.field("-1").field("written first").endRow();
                copy.rowsAhead(
                        numbers,
                        7,
                        (n, out) -> out.field(Integer.toString(n))
                                .field("row\t" + n)
                                .endRow());
                assertThat(copy.finish()).isEqualTo(numbers.size() + 1);
            }
            List<Integer> read = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select n, v from ahead order by position")) {
                while (rs.next()) {
                    read.add(rs.getInt(1));
                    if (rs.getInt(1) >= 0) {
                        assertThat(rs.getString(2)).isEqualTo("row\t" + rs.getInt(1));
                    }
                }
            }
            assertThat(read.get(0)).isEqualTo(-1);
            assertThat(read.subList(1, read.size())).isEqualTo(numbers);
        }
    }

    @Test
    void shouldFailWithTheEncodersErrorAndLeaveTheConnectionUsable() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create temp table failing (n integer)");
            assertThatThrownBy(() -> {
                        try (CopyText copy = CopyText.start(c, "copy failing (n) from stdin")) {
                            copy.rowsAhead(IntStream.range(0, 5_000).boxed().toList(), 100, (n, out) -> {
                                if (n == 4_321) {
                                    throw new IllegalArgumentException("row " + n + " cannot be encoded");
                                }
                                out.field(Integer.toString(n)).endRow();
                            });
                            copy.finish();
                        }
                    })
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("row 4321 cannot be encoded");
            try (ResultSet rs = s.executeQuery("select count(*) from failing")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
        }
    }
}
