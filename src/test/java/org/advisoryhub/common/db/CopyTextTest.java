package org.advisoryhub.common.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
}
