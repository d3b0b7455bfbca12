package org.advisoryhub.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.advisoryhub.stix.StixChecks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promises about the packaged app: the embedded PostgreSQL keeps data under ./data across
 * restarts and after a kill -9, durably and behind a generated password; the bootstrap password goes to an
 * owner-only file, never the log; and the standard datasource variables
 * switch to an external PostgreSQL without starting an embedded one.
 */
class PackagedAppIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern DB_PORT = Pattern.compile("Embedded PostgreSQL started on 127\\.0\\.0\\.1:(\\d+)");
    private static final String ORG = """
            {"id":"it-partner","name":"Packaged test partner","country":"JP","kind":"PARTNER_GOVERNMENT"}""";

    @TempDir
    Path work;

    @Test
    void shouldKeepDataInTheEmbeddedDatabaseAcrossRestartsAndKills() throws Exception {
        HubProcess.copyAdvisories(work);
        String password;
        try (HubProcess hub = HubProcess.start(work, "first", Map.of())) {
            assertThat(hub.log())
                    .contains("with a generated password, written to " + work.resolve("data/bootstrap-admin-password"));
            Path passwordFile = work.resolve("data/bootstrap-admin-password");
            assertThat(Files.getPosixFilePermissions(passwordFile))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            password = Files.readString(passwordFile).trim();
            assertThat(hub.log()).as("no password in the log").doesNotContain(password);
            assertThat(hub.log())
                    .as("no session key in the log")
                    .contains("HUB_SESSION_KEY is not set")
                    .doesNotContainIgnoringCase("temporary key")
                    .doesNotContainIgnoringCase("encryption key");
            assertShippedAdvisoriesExportValidStix(hub, password);
            assertThat(hub.put("/api/v1/organizations/it-partner", ORG, "admin", password)
                            .statusCode())
                    .isEqualTo(200);
            assertThat(hub.get("/q/openapi", null, null).statusCode()).isEqualTo(200);
            assertThat(hub.get("/q/swagger-ui/", null, null).statusCode()).isEqualTo(200);
            assertDurableAndPasswordProtected(hub.log());
            hub.stop();
        }
        assertThat(work.resolve("data/postgres/PG_VERSION")).exists();
        assertThat(work.resolve("data/postgres/postmaster.pid"))
                .as("PostgreSQL stopped with the hub")
                .doesNotExist();

        HubProcess second = HubProcess.start(work, "second", Map.of());
        assertThat(second.log()).doesNotContain("a generated password");
        assertThat(second.get("/api/v1/organizations/it-partner", "admin", password)
                        .body())
                .contains("Packaged test partner");
        assertThat(second.get("/api/v1/imports/last", "admin", password).body())
                .contains("UNCHANGED")
                .doesNotContain("CREATED");
        second.kill();

        try (HubProcess third = HubProcess.start(work, "third", Map.of())) {
            assertThat(third.log()).contains("stale embedded PostgreSQL");
            assertThat(third.get("/api/v1/organizations/it-partner", "admin", password)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    /** fsync and synchronous commit on, loopback only, and no connection without the generated password. */
    private void assertDurableAndPasswordProtected(String log) throws Exception {
        assertThat(log).contains("fsync=on, synchronous_commit=on, full_page_writes=on");
        Matcher port = DB_PORT.matcher(log);
        assertThat(port.find()).as("the database address is logged").isTrue();
        Path passwordFile = work.resolve("data/postgres/hub-database-password");
        assertThat(Files.getPosixFilePermissions(passwordFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String url = "jdbc:postgresql://127.0.0.1:" + port.group(1) + "/postgres";
        assertThatThrownBy(
                        () -> DriverManager.getConnection(url, "postgres", "").close())
                .as("no trust authentication")
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() ->
                        DriverManager.getConnection(url, "postgres", "postgres").close())
                .as("not the library's default password")
                .isInstanceOf(SQLException.class);
        String password = Files.readString(passwordFile).trim();
        try (Connection c = DriverManager.getConnection(url, "postgres", password);
                Statement s = c.createStatement()) {
            for (String setting : new String[] {"fsync", "synchronous_commit"}) {
                try (ResultSet rs = s.executeQuery("show " + setting)) {
                    rs.next();
                    assertThat(rs.getString(1)).as(setting).isEqualTo("on");
                }
            }
            try (ResultSet rs = s.executeQuery("show listen_addresses")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
            }
        }
    }

    @Test
    void shouldUseAnExternalDatabaseAndStartNoEmbeddedOne() throws Exception {
        HubProcess.copyAdvisories(work);
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().start()) {
            Map<String, String> env = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", external.getJdbcUrl("postgres", "postgres"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                    "HUB_BOOTSTRAP_ADMIN_PASSWORD", "external-admin-password");
            try (HubProcess hub = HubProcess.start(work, "external", env)) {
                assertThat(hub.log())
                        .doesNotContain("Embedded PostgreSQL started")
                        .doesNotContain("a generated password");
                assertThat(hub.get("/api/v1/imports/last", "admin", "external-admin-password")
                                .body())
                        .contains("CREATED")
                        .doesNotContain("REJECTED");
            }
            assertThat(work.resolve("data")).doesNotExist();
            try (Connection c = external.getPostgresDatabase().getConnection();
                    ResultSet rs = c.createStatement().executeQuery("select count(*) from advisory")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(8);
            }
        }
    }

    /**
     * The shipped advisories, as the packaged hub imports them: every file imported without a problem, and every
     * revision of every advisory exported as STIX that passes the strict checks. API tests run on their own fixtures,
     * so this is where an edit to a shipped advisory is checked end to end.
     */
    private static void assertShippedAdvisoriesExportValidStix(HubProcess hub, String password) throws Exception {
        long files;
        try (var list = Files.list(Path.of("advisories"))) {
            files = list.filter(f -> f.getFileName().toString().matches("HUB-\\d{4}-\\d{4}-.*\\.yaml"))
                    .count();
        }
        JsonNode report =
                JSON.readTree(hub.get("/api/v1/imports/last", "admin", password).body());
        assertThat(report.get("problems")).as("import problems").isEmpty();
        report.get("files")
                .forEach(f -> assertThat(f.get("outcome").asText())
                        .as(f.get("file").asText())
                        .isNotEqualTo("REJECTED"));
        JsonNode advisories = JSON.readTree(hub.get("/api/v1/advisories?limit=100", "admin", password)
                        .body())
                .get("items");
        assertThat(advisories).hasSize((int) files);
        for (JsonNode advisory : advisories) {
            String id = advisory.get("id").asText();
            for (int n = 1; n <= advisory.get("publishedRevision").asInt(); n++) {
                var bundle = hub.get("/api/v1/advisories/" + id + "/revisions/" + n + "/stix", "admin", password);
                assertThat(bundle.statusCode()).as(id + " v" + n).isEqualTo(200);
                StixChecks.assertValidBundle(JSON.readTree(bundle.body()));
            }
        }
    }
}
