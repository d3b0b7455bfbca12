package org.advisoryhub.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.advisoryhub.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two hub processes on one PostgreSQL, as behind a load balancer: what one instance publishes, the other serves
 * within a second; cursors, key revocations and webhook deliveries hold across them; the audit chain verifies after
 * both took load.
 */
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "admin";
    private static final String PASSWORD = "two-instances-admin-password";
    private static final String TAXII = "application/taxii+json;version=2.1";
    private static final Path EXAMPLES = Path.of("docs/examples").toAbsolutePath();

    @TempDir
    Path work;

    @Test
    void shouldServeAndGuardTheSameHubFromEitherInstance() throws Exception {
        Path a = Files.createDirectories(work.resolve("a"));
        Path b = Files.createDirectories(work.resolve("b"));
        HubProcess.copyAdvisories(a);
        try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
                WebhookReceiver receiver = new WebhookReceiver()) {
            Map<String, String> shared = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", pg.getJdbcUrl("postgres", "postgres"),
                    "QUARKUS_DATASOURCE_USERNAME", "postgres",
                    "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                    "HUB_BOOTSTRAP_ADMIN_PASSWORD", PASSWORD,
                    "HUB_TAXII_CURSOR_SECRET", "two-instances-cursor-secret-0123456789",
                    "HUB_SESSION_KEY", "two-instances-session-key-0123456789",
                    "HUB_WEBHOOKS_ALLOW_LOOPBACK", "true",
                    "HUB_WEBHOOKS_POLL_INTERVAL", "PT0.2S");
            Map<String, String> onlyA = new HashMap<>(shared);
            onlyA.put("HUB_ADVISORIES_IMPORT_ON_START", "true");
            Map<String, String> onlyB = new HashMap<>(shared);
            onlyB.put("HUB_ADVISORIES_IMPORT_ON_START", "false");
            try (HubProcess hubA = HubProcess.start(a, "a", onlyA);
                    HubProcess hubB = HubProcess.start(b, "b", onlyB)) {
                Key key = key(hubA);
                String head = head(hubB, key);

                // A webhook registered on B; a joint advisory published through A.
                assertThat(hubB.post(
                                        "/api/v1/webhooks",
                                        "{\"url\":\"" + receiver.url("/hook")
                                                + "\",\"collections\":[\"vasp-indicators\"],"
                                                + "\"secret\":\"at least 24 characters of your own\"}",
                                        key.id(),
                                        key.secret())
                                .statusCode())
                        .isEqualTo(201);
                String id = publishThrough(hubA);

                // B serves it within a second: TAXII, the flat feed and screening.
                await().atMost(Duration.ofSeconds(1))
                        .pollInterval(Duration.ofMillis(50))
                        .until(() -> hubB.get(
                                        "/taxii2/api/collections/vasp-indicators/objects/?added_after=" + head,
                                        TAXII,
                                        key.id(),
                                        key.secret())
                                .body()
                                .contains("npmjscloud.com"));
                await().atMost(Duration.ofSeconds(1))
                        .pollInterval(Duration.ofMillis(50))
                        .until(() -> hubB.get("/feeds/vasp-indicators/domain.csv", "*/*", key.id(), key.secret())
                                .body()
                                .contains("npmjscloud.com,domain,,," + id + ",1,"));
                await().atMost(Duration.ofSeconds(1))
                        .pollInterval(Duration.ofMillis(50))
                        .until(() -> hubB.get(
                                        "/api/v1/screen?value=npmjscloud%5B.%5Dcom",
                                        "application/json", key.id(), key.secret())
                                .body()
                                .contains(id));

                // A cursor handed out by A continues on B.
                JsonNode first = JSON.readTree(hubA.get(
                                "/taxii2/api/collections/vasp-indicators/objects/?limit=5",
                                TAXII,
                                key.id(),
                                key.secret())
                        .body());
                String next = first.get("next").asText();
                String path = "/taxii2/api/collections/vasp-indicators/objects/?limit=5&next=" + next;
                var fromB = hubB.get(path, TAXII, key.id(), key.secret());
                assertThat(fromB.statusCode()).isEqualTo(200);
                assertThat(JSON.readTree(fromB.body()).get("objects"))
                        .isEqualTo(JSON.readTree(hubA.get(path, TAXII, key.id(), key.secret())
                                        .body())
                                .get("objects"));

                // The publication was delivered once, though both instances deliver webhooks.
                await().atMost(Duration.ofSeconds(10)).until(() -> published(receiver, id) >= 1);
                Thread.sleep(2000); // both dispatchers had time to send it again, if they could
                assertThat(published(receiver, id)).isEqualTo(1);

                // Both instances under load, then the chain (and the pull log sealed into it) verifies.
                load(hubA, hubB, key);
                // Each instance writes its pull records within a second, and one of them seals them within ten.
                await().atMost(Duration.ofSeconds(30)).until(() -> {
                    JsonNode v = JSON.readTree(
                            hubA.get("/api/v1/audit/verify", ADMIN, PASSWORD).body());
                    return v.path("pullRecordsSealed").asLong() >= 400
                            && v.path("pullRecordsUnsealed").asLong(-1) == 0;
                });
                JsonNode verified = JSON.readTree(
                        hubB.get("/api/v1/audit/verify", ADMIN, PASSWORD).body());
                assertThat(verified.get("valid").asBoolean())
                        .as(verified.toString())
                        .isTrue();
                assertThat(verified.get("pullRecordsSealed").asLong()).isGreaterThanOrEqualTo(400);

                // A key issued in A's console: its one-time secret is shown once, by B, which the redirect reached.
                String console = consoleIssuesKeyOnAShownByB(hubA, hubB);
                assertThat(hubB.get(
                                        "/taxii2/",
                                        TAXII,
                                        console.substring(0, console.indexOf('.')),
                                        console.substring(console.indexOf('.') + 1))
                                .statusCode())
                        .isEqualTo(200);

                // A key revoked on A is refused on B within a second, though B had it cached.
                assertThat(hubB.get("/taxii2/", TAXII, key.id(), key.secret()).statusCode())
                        .isEqualTo(200);
                assertThat(hubA.delete("/api/v1/partners/two-vasp/keys/" + key.id(), ADMIN, PASSWORD)
                                .statusCode())
                        .isEqualTo(200);
                await().atMost(Duration.ofSeconds(1))
                        .pollInterval(Duration.ofMillis(20))
                        .until(() -> hubB.get("/taxii2/", TAXII, key.id(), key.secret())
                                        .statusCode()
                                == 401);
            }
        }
    }

    /** Signs in to A's console, issues a key there, and reads the page it redirects to from B; returns the token. */
    private static String consoleIssuesKeyOnAShownByB(HubProcess a, HubProcess b) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> login = http.send(
                HttpRequest.newBuilder(URI.create(a.url("/console/login")))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String csrf = cookie(login, "hub-csrf");
        HttpResponse<String> signedIn = http.send(
                HttpRequest.newBuilder(URI.create(a.url("/console/j_security_check")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("j_username=" + ADMIN + "&j_password=" + PASSWORD))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String cookies = "hub-session=" + cookie(signedIn, "hub-session") + "; hub-csrf=" + csrf;
        HttpResponse<String> issued = http.send(
                HttpRequest.newBuilder(URI.create(a.url("/console/admin/partners/two-vasp/keys")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookies)
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "_csrf=" + csrf + "&name=console&collections=vasp-indicators&tlpCeiling=GREEN"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(303);
        String next = issued.headers().firstValue("Location").orElseThrow();
        String path = next.substring(next.indexOf("/console/"));
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(b.url(path)))
                                .header("Cookie", cookies)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(page).contains("id=\"issued-secret\">");
        String secret = page.replaceAll("(?s).*id=\"issued-secret\">([^<]+)<.*", "$1");
        String again = http.send(
                        HttpRequest.newBuilder(URI.create(a.url(path)))
                                .header("Cookie", cookies)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(again).as("shown once, whichever instance is asked next").doesNotContain(secret);
        String keyId = page.replaceAll("(?s).*id=\"issued-key-id\">(ahk_[0-9a-f]+)<.*", "$1");
        return keyId + "." + secret;
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }

    private record Key(String id, String secret) {}

    private static Key key(HubProcess hub) throws Exception {
        assertThat(hub.put(
                                "/api/v1/partners/two-vasp",
                                "{\"id\":\"two-vasp\",\"name\":\"Two instances VASP\",\"country\":\"KR\",\"kind\":\"VASP\"}",
                                ADMIN,
                                PASSWORD)
                        .statusCode())
                .isEqualTo(200);
        JsonNode key = JSON.readTree(hub.post(
                        "/api/v1/partners/two-vasp/keys",
                        "{\"name\":\"both\",\"collections\":[\"vasp-indicators\"],\"tlpCeiling\":\"GREEN\","
                                + "\"canSubscribe\":true}",
                        ADMIN,
                        PASSWORD)
                .body());
        return new Key(key.get("keyId").asText(), key.get("secret").asText());
    }

    /** The newest date_added B serves now. */
    private static String head(HubProcess hub, Key key) throws Exception {
        return HubProcessAccess.manifestHead("vasp-indicators", path -> hub.get(path, TAXII, key.id(), key.secret()));
    }

    /** The guide's first session, run against A: two agencies co-sign and publish; returns the advisory's id. */
    private String publishThrough(HubProcess hub) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(
                        "bash", EXAMPLES.resolve("first-advisory.sh").toString())
                .directory(work.toFile())
                .redirectErrorStream(true);
        pb.environment().put("HUB", "http://127.0.0.1:" + hub.port);
        pb.environment().put("ADMIN_PASSWORD", PASSWORD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().findFirst().orElseThrow().replace("drafted ", "");
    }

    private static long published(WebhookReceiver receiver, String id) {
        return receiver.received("/hook").stream()
                .filter(r ->
                        r.body().contains("\"advisory.published\"") && r.body().contains(id))
                .count();
    }

    /** 400 polls split across both instances, 8 at a time. */
    private static void load(HubProcess a, HubProcess b, Key key) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> polls = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            HubProcess hub = i % 2 == 0 ? a : b;
            polls.add(pool.submit(() -> hub.get(
                            "/taxii2/api/collections/vasp-indicators/objects/?limit=3", TAXII, key.id(), key.secret())
                    .statusCode()));
        }
        for (Future<Integer> poll : polls) {
            assertThat(poll.get()).isEqualTo(200);
        }
        pool.shutdown();
    }
}
