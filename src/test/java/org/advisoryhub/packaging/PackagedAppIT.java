package org.advisoryhub.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's promises about the packaged app: the embedded PostgreSQL keeps data under ./data across
 * restarts and after a kill -9, the bootstrap password is shown once, and the standard datasource variables
 * switch to an external PostgreSQL without starting an embedded one.
 */
class PackagedAppIT {

    private static final Pattern GENERATED = Pattern.compile("generated password: (\\S+)");
    private static final String ORG = """
            {"id":"it-partner","name":"Packaged test partner","country":"JP","kind":"PARTNER_GOVERNMENT"}""";

    @TempDir
    Path work;

    @Test
    void shouldKeepDataInTheEmbeddedDatabaseAcrossRestartsAndKills() throws Exception {
        HubProcess.copyAdvisories(work);
        String password;
        try (HubProcess hub = HubProcess.start(work, "first", Map.of())) {
            Matcher m = GENERATED.matcher(hub.log());
            assertThat(m.find()).as("the generated admin password is printed").isTrue();
            password = m.group(1);
            assertThat(hub.get("/api/v1/advisories/HUB-2022-0001", "admin", password).statusCode()).isEqualTo(200);
            assertThat(hub.put("/api/v1/organizations/it-partner", ORG, "admin", password).statusCode()).isEqualTo(200);
            assertThat(hub.get("/q/openapi", null, null).statusCode()).isEqualTo(200);
            assertThat(hub.get("/q/swagger-ui/", null, null).statusCode()).isEqualTo(200);
            hub.stop();
        }
        assertThat(work.resolve("data/postgres/PG_VERSION")).exists();
        assertThat(work.resolve("data/postgres/postmaster.pid")).as("PostgreSQL stopped with the hub").doesNotExist();

        HubProcess second = HubProcess.start(work, "second", Map.of());
        assertThat(second.log()).doesNotContain("generated password");
        assertThat(second.get("/api/v1/organizations/it-partner", "admin", password).body()).contains("Packaged test partner");
        assertThat(second.get("/api/v1/imports/last", "admin", password).body())
                .contains("UNCHANGED").doesNotContain("CREATED");
        second.kill();

        try (HubProcess third = HubProcess.start(work, "third", Map.of())) {
            assertThat(third.log()).contains("stale embedded PostgreSQL");
            assertThat(third.get("/api/v1/organizations/it-partner", "admin", password).statusCode()).isEqualTo(200);
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
                assertThat(hub.log()).doesNotContain("Embedded PostgreSQL started").doesNotContain("generated password");
                assertThat(hub.get("/api/v1/advisories/HUB-2025-0001", "admin", "external-admin-password").statusCode())
                        .isEqualTo(200);
            }
            assertThat(work.resolve("data")).doesNotExist();
            try (Connection c = external.getPostgresDatabase().getConnection();
                    ResultSet rs = c.createStatement().executeQuery("select count(*) from advisory")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(8);
            }
        }
    }
}
