package org.advisoryhub.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.advisoryhub.packaging.HubProcessAccess;

/** What the benchmarks share: the admin password they start the hub with, and a partner key to measure with. */
final class Benchmarks {

    static final String ADMIN_PASSWORD = "benchmark-admin-password";

    private Benchmarks() {}

    /** The packaged hub on the benchmark's own PostgreSQL, with an empty database (no advisories imported). */
    static HubProcessAccess.Running startHub(Path work, String name, EmbeddedPostgres pg) throws Exception {
        return startHub(work, name, pg, Map.of());
    }

    /** The same, with more settings. */
    static HubProcessAccess.Running startHub(Path work, String name, EmbeddedPostgres pg, Map<String, String> settings)
            throws Exception {
        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", pg.getJdbcUrl("postgres", "postgres"),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "HUB_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "HUB_ADVISORIES_IMPORT_ON_START", "false"));
        env.putAll(settings);
        return HubProcessAccess.start(work, name, env);
    }

    /** Creates a partner and a key for one collection; returns the key as HTTP Basic credentials. */
    static String partnerKey(int port, String collection, String ceiling) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String admin = "Basic "
                + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String root = "http://127.0.0.1:" + port + "/api/v1/partners/bench-partner";
        http.send(
                HttpRequest.newBuilder(URI.create(root))
                        .header("Authorization", admin)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(
                                "{\"id\":\"bench-partner\",\"name\":\"Benchmark\",\"kind\":\"PARTNER_GOVERNMENT\"}"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> key = http.send(
                HttpRequest.newBuilder(URI.create(root + "/keys"))
                        .header("Authorization", admin)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\",\"collections\":[\"" + collection
                                + "\"],\"tlpCeiling\":\"" + ceiling + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode k = new ObjectMapper().readTree(key.body());
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString(
                                (k.get("keyId").asText() + ":" + k.get("secret").asText())
                                        .getBytes(StandardCharsets.UTF_8));
    }
}
