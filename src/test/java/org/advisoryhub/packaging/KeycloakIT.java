package org.advisoryhub.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged hub against a real Keycloak 26.4 with deploy/keycloak/advisory-hub-realm.json imported
 * ({@code ./mvnw -Pkeycloak verify}): real tokens carry the roles and the organization the hub enforces.
 */
class KeycloakIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static Process keycloak;
    private static int keycloakPort;
    private static int hubPort;
    private static HubProcess hub;

    @TempDir
    static Path work;

    @BeforeAll
    static void start() throws Exception {
        Path home = Path.of(System.getProperty("keycloak.home"));
        deleteTree(home.resolve("data/h2")); // a fresh realm each run: --import-realm skips an existing one
        Path imports = Files.createDirectories(home.resolve("data/import"));
        hubPort = HubProcess.freePort();
        // The console client may redirect back to this test's hub, whose port is only known now.
        String realm = Files.readString(Path.of("deploy/keycloak/advisory-hub-realm.json"))
                .replace("\"http://127.0.0.1:8080/*\"", "\"http://127.0.0.1:" + hubPort + "/*\"");
        Files.writeString(imports.resolve("advisory-hub-realm.json"), realm);
        keycloakPort = HubProcess.freePort();
        String base = "http://127.0.0.1:" + keycloakPort;
        ProcessBuilder pb = new ProcessBuilder(
                        "bash",
                        home.resolve("bin/kc.sh").toString(),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + keycloakPort,
                        "--hostname=" + base,
                        "--import-realm",
                        "--http-management-port=" + HubProcess.freePort())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("keycloak.log").toFile());
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
        keycloak = pb.start();
        awaitRealm(base + "/realms/advisory-hub/.well-known/openid-configuration", Duration.ofMinutes(4));

        Path advisories = Files.createDirectories(work.resolve("advisories"));
        Files.copy(Path.of("advisories/organizations.yaml"), advisories.resolve("organizations.yaml"));
        hub = HubProcess.start(
                work,
                "hub",
                Map.of(
                        "QUARKUS_OIDC_TENANT_ENABLED", "true",
                        "QUARKUS_OIDC_AUTH_SERVER_URL", base + "/realms/advisory-hub",
                        "QUARKUS_OIDC_CLIENT_ID", "advisory-automation",
                        "HUB_BOOTSTRAP_ADMIN_PASSWORD", "keycloak-it-admin",
                        "HUB_CONSOLE_SIGN_IN", "code",
                        "HUB_CONSOLE_OIDC", "true",
                        "HUB_CONSOLE_OIDC_SECRET", "keycloak-it-console-secret-0123456789abcdef"),
                hubPort);
    }

    @AfterAll
    static void stop() throws Exception {
        if (hub != null) {
            hub.close();
        }
        if (keycloak != null) {
            keycloak.destroy();
            if (!keycloak.waitFor(60, TimeUnit.SECONDS)) {
                keycloak.destroyForcibly();
            }
        }
    }

    @Test
    void shouldLetARealDrafterDraftButNotPublish() throws Exception {
        String alice = token("advisory-hub", "advisory-console", "alice", "alice-password");
        HttpResponse<String> me = call("GET", "/api/v1/officials/me", alice, null);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(me.body()).get("organizationId").asText()).isEqualTo("us-fbi");
        String draft = """
                {"title":"Drafted with a Keycloak token","summary":"s","body":"b","tlp":"GREEN","coauthors":["kr-nis"]}""";
        HttpResponse<String> created = call("POST", "/api/v1/advisories", alice, draft);
        assertThat(created.statusCode()).isEqualTo(201);
        String id = JSON.readTree(created.body()).get("id").asText();
        assertThat(call("POST", "/api/v1/advisories/" + id + "/submit", alice, "{}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(call("POST", "/api/v1/advisories/" + id + "/publish", alice, "{\"changeNote\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
        String bob = token("advisory-hub", "advisory-console", "bob", "bob-password");
        assertThat(call("POST", "/api/v1/advisories/" + id + "/approve", bob, "{}")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldSignOfficialsInToTheConsoleThroughKeycloak() {
        try (Playwright playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(Path.of("/usr/bin/chromium"))
                                .setHeadless(true)
                                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run")))) {
            Page page = browser.newPage();
            page.navigate("http://127.0.0.1:" + hubPort + "/console");
            // The console hands over to Keycloak's own sign-in page and comes back with the official's identity.
            assertThat(page.url()).startsWith("http://127.0.0.1:" + keycloakPort + "/realms/advisory-hub/");
            page.fill("#username", "alice");
            page.fill("#password", "alice-password");
            page.click("#kc-login");
            page.waitForURL("http://127.0.0.1:" + hubPort + "/console**");
            PlaywrightAssertions.assertThat(page.locator("h1")).hasText("Dashboard");
            PlaywrightAssertions.assertThat(page.locator(".user")).hasText("alice (us-fbi)");
            PlaywrightAssertions.assertThat(page.locator("#new-advisory")).isVisible();
            PlaywrightAssertions.assertThat(page.locator("#admin-partners")).hasCount(0);
        }
    }

    @Test
    void shouldRefuseMissingForeignAndForgedTokens() throws Exception {
        assertThat(call("GET", "/api/v1/officials/me", null, null).statusCode()).isEqualTo(401);
        String foreign = token("master", "admin-cli", "admin", "admin");
        assertThat(call("GET", "/api/v1/officials/me", foreign, null).statusCode())
                .isEqualTo(401);
        String alice = token("advisory-hub", "advisory-console", "alice", "alice-password");
        int sig = alice.lastIndexOf('.') + 1;
        String forged = alice.substring(0, sig) + (alice.charAt(sig) == 'A' ? 'B' : 'A') + alice.substring(sig + 1);
        assertThat(call("GET", "/api/v1/officials/me", forged, null).statusCode())
                .isEqualTo(401);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static String token(String realm, String client, String user, String password) throws Exception {
        String form = "grant_type=password&client_id=" + client + "&username="
                + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + keycloakPort + "/realms/" + realm
                                + "/protocol/openid-connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("access_token").asText();
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + hub.port + path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitRealm(String url, Duration timeout) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak exited:\n" + Files.readString(work.resolve("keycloak.log")));
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException(
                "Keycloak did not serve the realm in time:\n" + Files.readString(work.resolve("keycloak.log")));
    }
}
